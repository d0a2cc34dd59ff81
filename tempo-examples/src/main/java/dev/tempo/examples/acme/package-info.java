/**
 * An example organisation rule pack, ACME's: {@link dev.tempo.examples.acme.AcmePack} loads its DRL
 * files from {@code packs/acme/} beside tempo's default pack.
 */
package dev.tempo.examples.acme;
