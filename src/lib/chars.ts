/**
 * Reading characters in hot loops without a property lookup on the string.
 *
 * `text.charCodeAt(i)` first loads `charCodeAt` from `text`. V8 keys that lookup on the string's
 * representation (flat or sliced, one or two bytes a character, concatenated, internalized...),
 * and the blocks and sentences the pipeline scans come in more than the four representations a
 * lookup site tracks: the site goes megamorphic and optimized code then does a generic lookup
 * for every character. Whether that happened depended on which strings a loop met before V8
 * optimized it: `Scan.run` over the html-text dev blocks ran at about 17 MB/s in most processes and
 * 30 in some. `String.prototype.charCodeAt.call(text, i)` names the function without asking
 * `text`, and V8 compiles it to a plain character load: a steady 28 MB/s for the same loop, and
 * `clean()` 1.17–1.34× as fast per dev kind (test/scripts/ab.mjs against the previous commit, load 3.6).
 */

/** `text.charCodeAt(i)`, without a property lookup on `text`. */
export const charCode = (text: string, i: number): number => String.prototype.charCodeAt.call(text, i)
