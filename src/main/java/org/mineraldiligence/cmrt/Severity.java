package org.mineraldiligence.cmrt;

/** ERROR: the RMI Checker would fail the file too. WARNING: a consistency flag the RMI Checker lacks. */
public enum Severity { ERROR, WARNING }
