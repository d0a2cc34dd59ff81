/** Renderings of assessments and of the rule catalogue: text, JSON (the command-line contract) and Markdown. */
package dev.tempo.report;
