/** Reading and writing plans and measurements: JSON, CSV. */
package dev.chitieu.core.io;
