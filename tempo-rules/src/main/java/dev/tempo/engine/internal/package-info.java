/** Implementation details of the engine; not an API: may change in any release. */
package dev.tempo.engine.internal;
