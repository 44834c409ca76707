package org.mineraldiligence.smelter.importer;

/** A reason an import was refused, at a line (1-based row of the file or sheet; 0 for the file as a whole). */
public record ImportProblem(int line, String message) {

    public static ImportProblem ofFile(String message) {
        return new ImportProblem(0, message);
    }

    @Override
    public String toString() {
        return line == 0 ? message : "line " + line + ": " + message;
    }
}
