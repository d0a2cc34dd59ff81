package dev.tempo.model;

/** The industry a project serves; FINANCE, HEALTHCARE and INSURANCE are regulated. */
public enum Industry {
    FINANCE, HEALTHCARE, INSURANCE, RETAIL, ECOMMERCE, MARKETING, PUBLIC_SECTOR, TECHNOLOGY, OTHER
}
