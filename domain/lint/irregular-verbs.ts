/**
 * Past and past-participle forms that the regular rules cannot produce. Deliberately small: it covers
 * the verbs that appear in pressure language ("woke them up", "drove them", "got them back", "sold
 * them") and a few everyday ones. A verb listed here keeps its -s and -ing forms from the rules;
 * these forms replace its regular -ed form. Where English accepts both ("waked" beside "woke"), the
 * regular form is listed too. Add a verb here when a retired term needs it; nothing else reads this.
 */
export const IRREGULAR_PAST: Readonly<Record<string, readonly string[]>> = {
  beat: ['beat', 'beaten'],
  break: ['broke', 'broken'],
  bring: ['brought'],
  buy: ['bought'],
  catch: ['caught'],
  drive: ['drove', 'driven'],
  get: ['got', 'gotten'],
  give: ['gave', 'given'],
  go: ['went', 'gone'],
  hit: ['hit'],
  hold: ['held'],
  keep: ['kept'],
  lead: ['led'],
  make: ['made'],
  put: ['put'],
  run: ['ran', 'run'],
  see: ['saw', 'seen'],
  sell: ['sold'],
  send: ['sent'],
  shake: ['shook', 'shaken'],
  take: ['took', 'taken'],
  tell: ['told'],
  throw: ['threw', 'thrown'],
  wake: ['woke', 'woken', 'waked'],
  win: ['won'],
};
