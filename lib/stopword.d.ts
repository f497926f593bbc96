/** The stop-word lists of the `stopword` package (one array of lower-case words per ISO 639-3 code). */
declare module 'stopword' {
  export const ara: string[];
  export const bul: string[];
  export const deu: string[];
  export const eng: string[];
  export const fas: string[];
  export const fra: string[];
  export const heb: string[];
  export const hin: string[];
  export const ind: string[];
  export const ita: string[];
  export const jpn: string[];
  export const kor: string[];
  export const nld: string[];
  export const pol: string[];
  export const por: string[];
  export const rus: string[];
  export const spa: string[];
  export const swe: string[];
  export const tha: string[];
  export const tur: string[];
  export const ukr: string[];
  export const urd: string[];
  export const vie: string[];
  export const zho: string[];
}
