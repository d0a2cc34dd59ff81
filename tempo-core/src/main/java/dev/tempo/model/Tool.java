package dev.tempo.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One tool as used by one team: the same tool used by two teams is two entries.
 *
 * @param name             required; (name, teamName) is unique within the project
 * @param capability       the job it does, or null when unknown
 * @param version          the version in use, or null when unknown
 * @param teamName         the team using it, or null
 * @param proprietary      whether it is proprietary
 * @param exportable       whether data and artefacts can leave it in an open format
 * @param incompatibleWith names of other declared tools it does not work with
 * @param labels the organisation's own labels (see {@link Labelled}); empty when none
 */
public record Tool(
        String name,
        Capability capability,
        String version,
        String teamName,
        Boolean proprietary,
        Boolean exportable,
        List<String> incompatibleWith,
        Map<String, String> labels) implements Labelled {

    public Tool {
        labels = Checks.labels(labels, "labels");
        Checks.required(name, "name");
        incompatibleWith = Checks.list(incompatibleWith, "incompatibleWith");
    }

    /** A builder for a tool with the given name, everything else unknown. */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** A builder holding this tool's values. */
    public Builder toBuilder() {
        Builder builder = new Builder(name);
        builder.capability = capability;
        builder.version = version;
        builder.teamName = teamName;
        builder.proprietary = proprietary;
        builder.exportable = exportable;
        builder.incompatibleWith.replace(incompatibleWith);
        builder.labels.putAll(labels);
        return builder;
    }

    /** Builds a {@link Tool}. Not thread-safe. */
    public static final class Builder {
        private String name;
        private Capability capability;
        private String version;
        private String teamName;
        private Boolean proprietary;
        private Boolean exportable;
        private final Entries<String> incompatibleWith = new Entries<>();
        private final Map<String, String> labels = new LinkedHashMap<>();

        private Builder(String name) {
            this.name = name;
        }

        /** Sets the name (required; (name, teamName) is unique within the project). */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** Sets the job it does; null means unknown. */
        public Builder capability(Capability capability) {
            this.capability = capability;
            return this;
        }

        /** Sets the version in use; null means unknown. */
        public Builder version(String version) {
            this.version = version;
            return this;
        }

        /** Sets the team using it; null means none is named. */
        public Builder teamName(String teamName) {
            this.teamName = teamName;
            return this;
        }

        /** Sets whether it is proprietary; null means unknown. */
        public Builder proprietary(Boolean proprietary) {
            this.proprietary = proprietary;
            return this;
        }

        /** Sets whether data and artefacts can leave it in an open format; null means unknown. */
        public Builder exportable(Boolean exportable) {
            this.exportable = exportable;
            return this;
        }

        /** Replaces the names of the other declared tools it does not work with; null means none. */
        public Builder incompatibleWith(List<String> incompatibleWith) {
            this.incompatibleWith.replace(incompatibleWith);
            return this;
        }

        /** Replaces the names of the other declared tools it does not work with. */
        public Builder incompatibleWith(String... incompatibleWith) {
            this.incompatibleWith.replace(incompatibleWith);
            return this;
        }

        /** Adds the name of another declared tool it does not work with. */
        public Builder addIncompatibleWith(String tool) {
            incompatibleWith.add(tool);
            return this;
        }

        /** Replaces the labels; null means none. */
        public Builder labels(Map<String, String> labels) {
            this.labels.clear();
            if (labels != null) {
                this.labels.putAll(labels);
            }
            return this;
        }

        /** Sets one label, replacing its earlier value. */
        public Builder label(String key, String value) {
            labels.put(key, value);
            return this;
        }

        /**
         * The tool.
         *
         * @throws InvalidFieldException when a field is not allowed, naming its path from the tool
         */
        public Tool build() {
            return new Tool(name, capability, version, teamName, proprietary, exportable,
                    incompatibleWith.build("incompatibleWith"), labels);
        }
    }
}
