package org.platform;

import java.util.List;

/** The README's example of a platform's own fact, as it shows it. */
public record OnCallRota(String model, List<String> engineers) {}
