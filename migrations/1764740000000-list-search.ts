import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Letters with diacritics and the plain letters they fold to, one for one (translate() maps by
 * position); the combining marks after them have no partner, so translate() drops them, which
 * folds text stored decomposed ("e" + U+0308) as well as composed ("ë").
 */
const ACCENTED_1764740000000 =
  'ÀÁÂÃÄÅĀĂĄàáâãäåāăąÇĆĈĊČçćĉċčĎĐďđÈÉÊËĒĔĖĘĚèéêëēĕėęěĜĞĠĢĝğġģĤĦĥħÌÍÎÏĨĪĬĮİìíîïĩīĭįıĴĵĶķĹĻĽĿŁĺļľŀłÑŃŅŇñńņňÒÓÔÕÖØŌŎŐòóôõöøōŏőŔŖŘŕŗřŚŜŞŠśŝşšŢŤŦţťŧÙÚÛÜŨŪŬŮŰŲùúûüũūŭůűųŴŵÝŸŶýÿŷŹŻŽźżž';
const PLAIN_1764740000000 =
  'AAAAAAAAAaaaaaaaaaCCCCCcccccDDddEEEEEEEEEeeeeeeeeeGGGGggggHHhhIIIIIIIIIiiiiiiiiiJjKkLLLLLlllllNNNNnnnnOOOOOOOOOoooooooooRRRrrrSSSSssssTTTtttUUUUUUUUUUuuuuuuuuuuWwYYYyyyZZZzzz';
const COMBINING_MARKS_1764740000000 = Array.from({ length: 0x70 }, (_, index) =>
  String.fromCharCode(0x300 + index),
).join('');

/**
 * Search on the server that folds case and accents, as the web app's search did in the browser
 * ("zoe" finds "Zoë"): `search_fold(text)`, immutable so that stored generated columns can keep
 * each searched name folded beside it (people's names, qualification versions' titles,
 * enrolments' pathways): folding costs tens of microseconds a value, too much to repeat for every
 * row of a centre on every search. Written with lower() and translate() because `unaccent` is a
 * contrib extension that Postgres servers need installing and the embedded database would need
 * loading; this works the same on both.
 */
export class ListSearch1764740000000 implements MigrationInterface {
  name = 'ListSearch1764740000000';

  async up(db: QueryRunner): Promise<void> {
    if (ACCENTED_1764740000000.length !== PLAIN_1764740000000.length) {
      throw new Error('each accented letter needs its plain letter');
    }
    await db.query(`
      CREATE FUNCTION search_fold(text) RETURNS text
        LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
        AS $$ SELECT lower(translate($1, '${ACCENTED_1764740000000}${COMBINING_MARKS_1764740000000}', '${PLAIN_1764740000000}')) $$`);
    await db.query(
      `ALTER TABLE users ADD COLUMN search_name text GENERATED ALWAYS AS (search_fold(display_name)) STORED`,
    );
    await db.query(
      `ALTER TABLE qualification_versions ADD COLUMN search_title text GENERATED ALWAYS AS (search_fold(document ->> 'title')) STORED`,
    );
    await db.query(
      `ALTER TABLE enrolments ADD COLUMN search_pathway text GENERATED ALWAYS AS (search_fold(pathway)) STORED`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE enrolments DROP COLUMN search_pathway`);
    await db.query(`ALTER TABLE qualification_versions DROP COLUMN search_title`);
    await db.query(`ALTER TABLE users DROP COLUMN search_name`);
    await db.query(`DROP FUNCTION search_fold(text)`);
  }
}
