/**
 * What the back-translation review of issue 20 found in ru, uk, bg, ro, es (and the chapter
 * reference in all twelve translations), as data, so the locale test (and whatever module the
 * translation rules move to) can check every string of every language against it.
 *
 * Each entry: [language, pattern, what it wrongly said]. Every pattern matched the text it replaced.
 */
export type Wording = readonly [language: string, pattern: RegExp, why: string];

/** Wordings that changed the meaning for a frightened reader, or named a thing by another name. */
export const wrongWordingsIssue20: readonly Wording[] = [
  // Item 10: telling. Swedish hopes ("ska slippa", "ska inte behöva"); it never forbids, never promises.
  ["bg", /детето не трябва да разказва/, "Barnahus: 'the child must not tell her story'"],
  ["ro", /nu trebuie să-și spună povestea/, "Barnahus: 'the child must not tell her story'"],
  ["ro", /[Nn]u trebuie să/, "'nu trebuie să' reads 'must not': 'you must not say your name / who you are' (write 'nu este nevoie să')"],
  ["uk", /Дитині не доведеться/, "Barnahus: a promise ('will not have to') where the Swedish hopes"],
  ["es", /Así el niño, niña o adolescente no tiene que contar/, "Barnahus: states as a fact what the Swedish hopes"],
  // Item 12: the quick exit is named by its label.
  ["ru", /«Быстрый выход»/, "the quick exit named otherwise than its label «Быстро покинуть страницу»"],
  ["uk", /«Швидко вийти»/, "the quick exit named otherwise than its label «Швидко залишити сторінку»"],
  // Item 13: figures in sentences.
  ["ru", /\{\{max\}\} лет/, "'10–21 лет': after 21 Russian says 'года'"],
  ["uk", /\{\{max\}\} років/, "'10–21 років': after 21 Ukrainian says 'року'"],
  ["uk", /10–21 років/, "'10–21 років': after 21 Ukrainian says 'року'"],
  ["ro", /\{\{max\}\} ani/, "'10–21 ani': from 20 on Romanian says 'de ani'"],
  ["ro", /încă (1|\{\{presses\}\}) dată/, "'mai apăsați încă 1 dată': Romanian says 'o dată'"],
  // Item 11: register (adults are addressed formally; the under-18 journey keeps the familiar form).
  ["ru", /Перестань покупать секс/, "the campaign title said ты to adults"],
  ["uk", /Очисти історію|Запитай у своїй комуні|Припини купувати секс/, "ти to adults"],
  ["es", /Deja de comprar sexo/, "the site said tú to adults where the print kit said usted"],
  // Issue 22's new labels, back-translated (2026-12-04).
  ["ru", /о том, как ты$/, "BRIS: 'talk about how you' breaks off (write 'как у тебя дела')"],
  ["uk", /про те, як ти$/, "BRIS: 'talk about how you' breaks off (write 'як у тебе справи')"],
  ["so", /(?<![\p{L}])(boorka|boodh\p{L}*)/u, "'boor'/'boodh' is dust: a poster is 'boostar' (print kit)"],
  ["ar", /تواصلوا مع الخدمات الاجتماعية في بلديتكم/, "relatives' poster: 'your municipality' where the Swedish says the municipality where the child lives"],
  ["ar", /لا نستطيع أن نجد|لم نجد الصفحة/, "a 'we' speaking as if the site were a service"],
  // Issue 20's fact changes, back-translated (2026-12-04).
  ["ru", /пережившие насилие/, "Kvinnofridslinjen: 'women who lived through violence' (past) where the Swedish says women subjected to it now"],
  ["bg", /безплатна и анонимна/, "'the support is anonymous' as a fact where the Swedish offers it ('you can be anonymous')"],
  ["uk", /Родичі (людей, які купують секс|теж можуть отримати)/, "'blood relatives' where 'anhöriga' includes partners and friends (близькі)"],
  ["ru", /сотрудники помогут|Сотрудники помогут/, "youth clinics: 'the staff will help' where the Swedish says they can"],
  ["uk", /Працівники допоможуть/, "youth clinics: 'the staff will help' where the Swedish says they can"],
  ["es", /del municipio donde vive<\/municipalities>/, "a parent: 'the municipality where you live' (usted) where the Swedish says where the child lives"],
  ["th", /โทรมาได้เสมอ/, "Mikamottagningen: 'you can always call (us)', an hours promise and a 'we' the Swedish does not make"],
];

/**
 * Forms that speak to the reader as a man only. CONTENT.md: where a language marks gender, choose
 * forms that include women (plural or polite forms, a neutral sentence, or both forms).
 */
export const masculineOnlyAddress: readonly Wording[] = [
  ["ru", /потерял контроль/, "'(you) lost control', masculine"],
  ["ru", /Вы родственник или друг/, "'are you a (male) relative or friend'"],
  ["uk", /втратив контроль/, "'(you) lost control', masculine"],
  ["uk", /Ви родич (або друг|людини)/, "'are you a (male) relative or friend'"],
  ["bg", /Близък (или приятел )?ли сте/, "'are you a (male) relative or friend'"],
  ["bg", /казвате кой сте/, "'who you are' in the masculine"],
  ["bg", /или сте близък на такава жена/, "'are you a (male) relative of such a woman'"],
  ["ro", /(contacta|decide) singur(?!ă| sau|\()/, "'on your own' in the masculine ('singur')"],
  ["ro", /rămâne anonim(?!ă| sau|\()/, "'stay anonymous' in the masculine where the poster says 'anonimă sau anonim'"],
  ["es", /(ser|estar|quedar|mantenerse) anónimo(?![\p{L}])(?! o anónima)/u, "'anonymous' in the masculine"],
  // A verb marked masculine leaves women out (the unvocalised -ك of يمكنك is read either way; تريد and
  // the imperative اطبع are not): adults get the plural (تريدون) or a verbal noun (طباعة).
  ["ar", /هل تريد أن تت(حدث|وقف)|اطبع الملصق/, "a masculine verb addressing adults"],
  ["ar", /إذا أردت أن تتحدث/, "BRIS: 'if you (boy) want to talk' leaves girls out"],
];

/** Keys that speak to someone under 18: the only place the familiar form is right. */
export const familiarKeys = /^(journeys:under-18\.|audiences:under-18\.|print:printables\.young-)/;

/**
 * Unambiguous marks of the familiar "you" (pronouns and 2nd person singular forms), per language
 * whose public services address adults formally (вы, ви, dumneavoastră, usted, شما).
 */
export const familiarForms: Readonly<Record<string, RegExp>> = {
  // Persian: تو and its 2nd person singular verb endings (شما and -ید to adults).
  fa: /(?<![\p{L}\u200c])(تو|توست|خودت|برایت|هستی|داری|می\u200c\p{L}+ی|ن?می\u200cتوانی|کرده\u200cای|شده\u200cای|دیدی|بگیری|بکنی|کنی|بدهی|بگویی)(?![\p{L}\u200c])/u,
  ru: /(?<![\p{L}])(ты|тебя|тебе|тобой|твой|твоя|твоё|твое|твои|твоего|твоей|твоих|твоим|твоими|твою|твоему|перестань|поговори|свяжись|замени|добавь|показывай|поищи|звони|позвони|напиши|выбери|нажми|(?!лишь)\p{L}+(ешь|ёшь|ишь))(?![\p{L}])/iu,
  uk: /(?<![\p{L}’'])(ти|тебе|тобі|тобою|твій|твоя|твоє|твої|твого|твоєї|твоїй|твоїх|твоїм|твоїми|твою|твоєму|очисти|запитай|припини|поговори|обери|слухай|говори|дай|давай|пошукай|заміни|додай|показуй|надрукуй|дзвони|повідом|\p{L}+(єш|еш|иш|їш))(?![\p{L}’'])/iu,
  ro: /(?<![\p{L}-])(tu|te|ți|îți|tine|tău|ta|tale|tăi|poți|ești|vrei|vei|știi)(?![\p{L}])|(?<![\p{L}])\p{L}+(ezi|ești)(?![\p{L}])|\p{L}-(ți|te)(?![\p{L}])|(?<![\p{L}])(ți|te)-\p{L}/iu,
  es: /(?<![\p{L}])(tú|tu|tus|te|ti|contigo|puedes|tienes|quieres|necesitas|eres|estás|sabes|vives|compras|vendes|decides|prefieres|has|sientes|piensas|llamas|escribes|encuentras|usas|eliges|lees|cierras|pulsas|trabajas|sufres|atiendes|participas|vienes|sales)(?![\p{L}])|(?<![\p{L}])(?!parte(?![\p{L}]))\p{L}+(ar|er|ir)te(?![\p{L}])/iu,
};
