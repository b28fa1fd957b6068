/** The typed model: plans, indicators, targets, periods, regions, measurements, and the registry of installed plans. Every type here is immutable and thread-safe unless its javadoc says otherwise. */
package dev.chitieu.core;
