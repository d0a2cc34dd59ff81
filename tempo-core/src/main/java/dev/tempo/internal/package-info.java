/**
 * Implementation shared by tempo-core's packages: strict reading of YAML and JSON documents with the
 * location of every value, and writing files whole or not at all. Not an API: it may change in any
 * release, and no type of it appears in a public signature of an API package.
 */
package dev.tempo.internal;
