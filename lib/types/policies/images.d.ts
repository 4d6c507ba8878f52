import type { ParsedImage } from './model.js';
/**
 * Parses `registry/repository:tag@digest` the way container runtimes do: the first path component is a registry only when
 * it contains `.` or `:` or is `localhost`; otherwise the registry is Docker Hub, where one-component names live under
 * `library/`. `index.docker.io` is Docker Hub too. Returns undefined for anything that is not a valid reference
 * (empty, spaces, upper-case repository, placeholders).
 */
export declare function parseImageReference(reference: string): ParsedImage | undefined;
/** Families of images that run a Postgres server; each encodes the major differently (see ../shared/domain/statefulset.md §4). */
export type PostgresImageFamily = 'official' | 'postgis' | 'timescale' | 'bitnami' | 'bitnami-repmgr' | 'spilo' | 'crunchy' | 'cnpg' | 'patroni' | 'stolon' | 'pgvector' | 'other';
/** The Postgres family of an image, or undefined when the image runs no Postgres server. */
export declare function postgresImageFamily(image: ParsedImage): PostgresImageFamily | undefined;
/**
 * The Postgres major an image carries, where the image encodes one: tags `16.4`, `16`, `17-alpine`, `18.4-system-trixie`,
 * PostGIS `17-3.5`, Bitnami `16.4.0-debian-12-r0`, Crunchy `ubi8-13.10-4.7.10` (second segment), Timescale / pgvector
 * `…-pg16` or `pg16…`, Spilo and some vendors in the repository name (`spilo-16`, `spilo-cdp-12`, `spilotest-9.6`,
 * `postgresql-16`). Undefined otherwise.
 */
export declare function postgresMajorOf(image: ParsedImage): number | undefined;
/** A Postgres server image's reference parsed, with its family and the major it carries (as postgresMajorOf). */
export interface PostgresImageFacts {
    parsed: ParsedImage;
    family: PostgresImageFamily | undefined;
    major: number | undefined;
}
/**
 * parseImageReference, postgresImageFamily and postgresMajorOf of one reference, cached like parseImageReference (the
 * webhook reads the same few images in every review; the family and major are a handful of regular expressions).
 */
export declare function postgresImageFacts(reference: string): Readonly<PostgresImageFacts> | undefined;
/** postgresMajorOf for an image whose family the caller already has. */
export declare function postgresMajorIn(image: ParsedImage, family: PostgresImageFamily | undefined): number | undefined;
