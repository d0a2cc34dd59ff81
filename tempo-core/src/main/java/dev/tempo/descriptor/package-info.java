/**
 * Reading project descriptors and policies from YAML or JSON: start with
 * {@link dev.tempo.descriptor.DescriptorReader}.
 */
package dev.tempo.descriptor;
