// The entity pass: gazetteer forms, state organs, unknown names, surnames, capitals-as-metonyms, then roles.

import { capture } from '../text/capture.ts';
import type { Gazetteer, SurfaceForm } from '../gazetteer/gazetteer-types.ts';
import { HONORIFICS, NOT_NAME_WORDS } from '../lexicon/name-cues.ts';
import { TITLE_WORDS } from '../lexicon/roles.ts';
import { isCapitalized } from '../text/tokenize.ts';
import type { EntityLayer, EntityMention, TextLayer } from '../types.ts';
import { capitalIsPlace } from './classify-capital.ts';
import { findGazetteerMentions, type GazetteerHit } from './find-gazetteer-mentions.ts';
import { findNameMentions } from './find-name-mentions.ts';
import { findNamePartMentions } from './find-name-part-mentions.ts';
import { findOrganizationPhrases } from './find-organization-phrases.ts';
import { readRole, readRoleAfter } from './find-roles.ts';
import { readDateline } from './read-dateline.ts';
import { EntityRegistry } from './entity-registry.ts';

const FORM_PRIORITY: Record<string, number> = {
  name: 0,
  alias: 1,
  seat: 2,
  capital: 3,
  demonym: 4,
  demonymPlural: 4,
  knownSurname: 5,
  surname: 6,
};

export function findEntities(layer: TextLayer, g: Gazetteer): EntityLayer {
  const { text } = layer.article;
  const registry = new EntityRegistry(g);
  const honorificSurnames = findHonorificSurnames(text);
  const lastMinistry = new Map<string, string>();
  const dateline = readDateline(text, layer.article.bodySpan.start, g);
  const inCredit = (s: number) => !!dateline?.credit && s >= dateline.credit.start && s < dateline.credit.end;
  const pendingSurnames: { hit: GazetteerHit; forms: SurfaceForm[]; cued: boolean }[] = [];
  const mentions: EntityMention[] = [];

  for (const sentence of layer.sentences) {
    const tokens = layer.tokens[sentence.index]!;
    const atParagraphStart = sentence.start === 0 || text[sentence.start - 1] === '\n';
    const phrases = findOrganizationPhrases(sentence, g, lastMinistry, dateline?.countryId ?? null);
    const inPhrase = (s: number, e: number) => phrases.some((p) => s >= p.start && e <= p.end);
    const covered = tokens.map(() => false);
    const soft = tokens.map(() => false);
    for (const p of phrases) {
      if (p.newOrg) registry.ensure(p.entityId, 'Organization', p.newOrg.name);
      else registry.ensureKnown(p.entityId); // "the Syrian government" may be the country's only mention
      mentions.push(registry.mention(text, p.start, p.end, sentence.index, p.entityId, p.kind));
      tokens.forEach((t, i) => {
        if (t.start >= p.start && t.end <= p.end) covered[i] = true;
      });
    }
    const gazetteerHits = findGazetteerMentions(text, sentence, tokens, g);
    for (const hit of gazetteerHits) {
      if (inPhrase(hit.start, hit.end) || inCredit(hit.start)) continue;
      const forms = [...hit.forms].sort((a, b) => FORM_PRIORITY[a.kind]! - FORM_PRIORITY[b.kind]!);
      const best = forms[0]!;
      const bareSurname = best.kind === 'surname' || best.kind === 'knownSurname';
      // "Chinese envoy Li Hui": a known surname opening another full name is not the known person.
      const nextTok = tokens[hit.last + 1];
      if (
        bareSurname &&
        nextTok &&
        isCapitalized(nextTok.text) &&
        text.slice(tokens[hit.last]!.end, nextTok.start) === ' ' &&
        !NOT_NAME_WORDS.has(nextTok.text) &&
        !gazetteerHits.some((h) => h.first === hit.last + 1) // "told Tillerson Moscow was ...": two names
      )
        continue;
      for (let i = hit.first; i <= hit.last; i++) {
        covered[i] = true;
        soft[i] = best.kind === 'demonym' || (best.kind !== 'surname' && best.entityType === 'Country');
      }
      if (bareSurname) {
        const prev = tokens[hit.first - 1];
        const cued =
          best.kind === 'knownSurname' ||
          (!!prev && (HONORIFICS.has(prev.text) || TITLE_WORDS.has(prev.text.toLowerCase())));
        pendingSurnames.push({ hit, forms, cued });
        continue;
      }
      let entityId = best.entityId;
      let kind: string = best.kind;
      const capital = forms.find((f) => f.kind === 'capital');
      if (capital && (best.kind === 'name' || best.kind === 'capital')) {
        const place = forms.find((f) => f.entityType === 'Place');
        const isPlace = capitalIsPlace(text, tokens, hit.first, hit.last, atParagraphStart);
        entityId = isPlace && place ? place.entityId : capital.entityId;
        kind = isPlace ? 'city' : 'capital';
      }
      registry.ensureKnown(entityId);
      mentions.push(registry.mention(text, hit.start, hit.end, sentence.index, entityId, kind));
    }
    for (const name of findNameMentions(text, sentence, tokens, covered, soft, honorificSurnames)) {
      if (inCredit(name.start)) continue;
      if (name.absorbs) {
        for (let k = mentions.length - 1; k >= 0; k--) {
          const m = mentions[k]!;
          if (m.sentence === sentence.index && m.start >= name.start && m.end <= name.end)
            mentions.splice(k, 1);
        }
      }
      const id = registry.ensureFound(name.type, name.name);
      mentions.push(registry.mention(text, name.start, name.end, sentence.index, id, 'found'));
    }
  }

  resolveSurnames(text, layer, registry, mentions, pendingSurnames);
  mentions.push(...findNamePartMentions(layer, registry, mentions));
  mentions.sort((a, b) => a.start - b.start);
  attachRoles(text, layer, g, registry, mentions);
  return { records: registry.records, mentions };
}

/** "Mr Bristow" anywhere in the text makes "Laurie Bristow" a person even without other cues. */
function findHonorificSurnames(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/\b(?:Mr|Mrs|Ms|Dr)\.?\s+(\p{Lu}[\p{L}'’-]+)/gu)) out.add(capture(m, 1));
  return out;
}

/**
 * A bare surname counts when the article names the person in full somewhere, or a title/honorific precedes it.
 * Surnames of people the name finder discovered ("Skripal", "Bristow") are matched the same way.
 */
function resolveSurnames(
  text: string,
  layer: TextLayer,
  registry: EntityRegistry,
  mentions: EntityMention[],
  pending: { hit: GazetteerHit; forms: SurfaceForm[]; cued: boolean }[],
) {
  const fullyNamed = new Set(mentions.filter((m) => m.entityType === 'Person').map((m) => m.entityId));
  for (const { hit, forms, cued } of pending) {
    const person = forms.find((f) => fullyNamed.has(f.entityId));
    // "Dr Yang" after "writer Yang Hengjun": a person named in full here, family name first, comes first.
    const local = person
      ? undefined
      : [...fullyNamed].find(
          (id) => registry.records.get(id)?.name.split(/\s+/)[0] === text.slice(hit.start, hit.end),
        );
    if (local) {
      mentions.push(registry.mention(text, hit.start, hit.end, hit.sentence, local, 'surname'));
      continue;
    }
    const chosen = person ?? (cued ? forms[0] : undefined);
    if (!chosen) continue;
    registry.ensureKnown(chosen.entityId);
    mentions.push(registry.mention(text, hit.start, hit.end, hit.sentence, chosen.entityId, 'surname'));
  }
  const bySurname = new Map<string, string>();
  for (const r of registry.records.values()) {
    if (r.type !== 'Person') continue;
    const parts = r.name.split(/\s+/);
    if (parts.length >= 2 && !bySurname.has(parts.at(-1)!)) bySurname.set(parts.at(-1)!, r.id);
    // "Cho Tae-yul", "Moon Jae-in": a hyphenated Korean given name last puts the family name first.
    if (parts.length === 2 && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(parts[1]!) && !bySurname.has(parts[0]!))
      bySurname.set(parts[0]!, r.id);
  }
  // Single-word people found only through "Mr X" fold into the full name when there is one.
  // Every mention of a folded record moves ("Lady Chapman ... Baroness Chapman"), not only the first.
  const folded = new Map<string, string>();
  for (const m of mentions) {
    const r = registry.records.get(m.entityId);
    if (r?.type === 'Person' && !r.name.includes(' ') && bySurname.has(r.name)) {
      folded.set(r.id, bySurname.get(r.name)!);
      registry.records.delete(r.id);
    }
    m.entityId = folded.get(m.entityId) ?? m.entityId;
  }
  const taken = mentions.map((m) => [m.start, m.end] as const);
  for (const sentence of layer.sentences) {
    for (const t of layer.tokens[sentence.index]!) {
      const id = bySurname.get(t.text);
      if (!id || !isCapitalized(t.text) || !registry.isFound(id)) continue;
      if (taken.some(([s, e]) => t.start < e && t.end > s)) continue;
      mentions.push(registry.mention(text, t.start, t.end, sentence.index, id, 'surname'));
    }
  }
}

function attachRoles(
  text: string,
  layer: TextLayer,
  g: Gazetteer,
  registry: EntityRegistry,
  mentions: EntityMention[],
) {
  for (const m of mentions) {
    if (m.entityType !== 'Person') continue;
    const sentence = layer.sentences[m.sentence]!;
    const sameSentence = mentions.filter((x) => x.sentence === m.sentence && x.end <= m.start);
    const reading = readRole(text, sentence.start, m, sameSentence, g);
    if (!reading) {
      // "Laurie Bristow, Britain's ambassador to Russia, said": the role follows the name in commas.
      const after = mentions.filter((x) => x.sentence === m.sentence && x.start >= m.end);
      const appositive = readRoleAfter(text, sentence.end, m, after);
      if (appositive) {
        m.phrase = appositive.phrase;
        registry.addRole(m.entityId, appositive.role);
      }
      continue;
    }
    m.phrase = reading.phrase;
    registry.addRole(m.entityId, reading.role);
    registry.addAlias(m.entityId, reading.phrase.text);
  }
}
