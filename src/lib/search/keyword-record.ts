/**
 * One search record per lesson holding its keywords: written by the page
 * src/pages/search-keywords.json.ts, read by the build's search-index step
 * (src/integrations/search-index.ts), which indexes each record and then deletes the file.
 */
export interface KeywordRecord {
  url: string;
  content: string;
  title: string;
  section: string;
  summary: string;
  chapter: string;
}

/** Where the records are written, relative to the output folder; not part of the published site. */
export const KEYWORDS_FILE = 'search-keywords.json';
