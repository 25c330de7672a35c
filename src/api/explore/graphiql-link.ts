// Adds a link to the explorer to the GraphiQL page, so people who land on /graphql find the picture.

const LINK =
  '<a href="/explore" style="position:fixed;right:12px;bottom:10px;z-index:10;padding:4px 10px;' +
  'border-radius:4px;background:#1b4f72;color:#fff;font:14px system-ui,sans-serif;text-decoration:none">' +
  'Open the explorer</a>';

export function withExplorerLink(html: string): string {
  const end = html.lastIndexOf('</body>');
  return end === -1 ? html + LINK : html.slice(0, end) + LINK + html.slice(end);
}
