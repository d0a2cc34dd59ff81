package dev.tempo.model;

/** Whether a project is built around a data product and its use case (PRODUCT) or around a model or technique (MODEL). */
public enum Framing {
    PRODUCT, MODEL
}
