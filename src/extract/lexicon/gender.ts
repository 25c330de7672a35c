// Cues for which pronoun ("he" or "she") a named person takes: honorifics, titles and common first names.

/** Honorifics and titles right before a name. */
export const FEMALE_HONORIFICS =
  /\b(?:Ms|Mrs|Miss|Madam|Madame|Mme|Dame|Lady|Baroness|Queen|Princess|Duchess|Countess|Empress)\.?\s+$/;
export const MALE_HONORIFICS = /\b(?:Mr|Sir|Lord|Baron|King|Prince|Duke|Count|Emperor|Sheikh|Emir)\.?\s+$/;

/** Role titles that tell the holder's sex ("spokeswoman", "Queen"). */
export const FEMALE_TITLE = /(?:woman|women|\bqueen|\bprincess|\bduchess|\bbaroness|\bdame|\bmadam)\b/i;
export const MALE_TITLE = /(?:(?<!wo)man|\bking|\bprince|\bduke|\bsheikh|\bemir)\b/i;

const words = (s: string) => new Set(s.trim().split(/\s+/));

/** Common female first names (diplomatic and world news); data, extend freely. */
export const FEMALE_FIRST_NAMES = words(`
  Angela Annalena Ursula Kaja Federica Catherine Kamala Hillary Condoleezza Madeleine Nikki Samantha Linda Victoria
  Karen Susan Jennifer Jenny Jane Mary Margaret Theresa Liz Elizabeth Priti Yvette Rachel Emily Anne Ann Anna Maria
  Marie Sophie Sophia Julia Giorgia Marine Ségolène Christine Nathalie Sylvie Elisabeth Mette Sanna Jacinda Helen
  Julie Sarah Emma Claire Laura Lisa Nancy Tammy Heather Nora Noura Fatima Aisha Leila Layla Amina Zainab
  Maryam Rania Indira Benazir Sushma Nirmala Roberta Yingluck Sahle-Work
  Ngozi Ellen Joyce Samia Marise Penny Melanie Sigrid Ine Jessika Margrethe Magdalena Ulla
  Kristalina Ivanka Melania Jill Michelle Laura Hanna Olena Iryna Yulia Tatiana Tatyana Maria Valentina Natalia
  Natalya Svetlana Olga Irina Ekaterina Yekaterina Elvira Marta Ewa Beata Zuzana Dita Vera Katalin Judit Alexandra
  Ana Carmen Isabel Dilma Cristina Michelle Claudia Xiomara Delcy Laura Gloria Luisa Lucía Patricia Teresa Roberta
  Lisa Lindsey Andrea Barbara Dorothy Sandra Sharon Deborah Janet Gina Kristi Tulsi
  Mira Mona Salma Hind Dina Reem Lana Yasmin Jamila Hoda Rasha Amal Samira Hanan Nadia Naledi Lindiwe Winnie
`);

/** Common male first names, to tell a "he" from a "she" when neither was used yet. */
export const MALE_FIRST_NAMES = words(`
  Vladimir Sergei Sergey Dmitry Dmitri Viktor Volodymyr Dmytro Andrii Andriy Oleksandr Petro Mykhailo Rustem
  Joe Donald Barack George Bill John James Michael Mike Antony Tony Marco Rex Lloyd Jake Ned Matthew Matt David Daniel
  Emmanuel Olaf Keir Rishi Boris Mark Pedro Mario Giorgio Recep Hakan Mevlut Benjamin Yair Naftali Isaac Yoav
  Mahmoud Ismail Yahya Hassan Ali Ebrahim Abbas Hossein Mohammad Mohammed Muhammad Ahmed Ahmad Abdel Abdul Abdullah
  Bashar Faisal Salman Khalid Tamim Ayman Nasser Kassym-Jomart Ilham Nikol Ararat Jeyhun Xi  Narendra
  Subrahmanyam Shehbaz Imran Fumio Shigeru Yoshimasa   Antonio Rafael Fernando Jens Charles
  Josep Nicolas Luiz Javier Gustavo Andrés Alberto Jair Juan Carlos Luis José Jorge Miguel Edi Aleksandar
   Albin Alexis Kyriakos Nikos Giorgos Alexander Alexei Alexey Mikhail Nikolai Yevgeny Ramzan Ivan
  Peter Paul Stephen Steven Richard Robert William Thomas Henry Hugh Ed Edward Nick Nicholas Ben Tom Jim Frank
  Abiy Cyril William Paul Uhuru Muhammadu Bola Yoweri Felix Moussa Ousmane Macky Kais Abdelmadjid Recep
`);
