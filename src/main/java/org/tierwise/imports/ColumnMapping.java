package org.tierwise.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * How the columns of a published file map onto an entity's fields. A file may carry any subset of
 * the columns: only the fields whose column is present are read and written, so a cut-down file
 * never blanks what a fuller one stored.
 *
 * @param <E> the entity written
 */
public final class ColumnMapping<E> {

    /** One field: the column names it may appear under, how to read it, and how to get and set it. */
    private record Field<E, V>(
            List<String> aliases,
            BiFunction<RowReader, String, Optional<V>> read,
            Function<E, V> getter,
            BiConsumer<E, V> setter) {}

    /** A field whose column was found in a given file. */
    private record Bound<E, V>(String column, Field<E, V> field) {

        /** Writes the cell only where the entity has no value; the cell is still read, so still checked. */
        boolean fill(E entity, RowReader row) {
            if (row.text(column).isEmpty()) {
                return false;
            }
            V value = field.read().apply(row, column).orElse(null);
            if (field.getter().apply(entity) != null || value == null) {
                return false;
            }
            field.setter().accept(entity, value);
            return true;
        }

        boolean apply(E entity, RowReader row, boolean blankClears) {
            if (!blankClears && row.text(column).isEmpty()) {
                return false;
            }
            V value = field.read().apply(row, column).orElse(null);
            if (Objects.equals(field.getter().apply(entity), value)) {
                return false;
            }
            field.setter().accept(entity, value);
            return true;
        }
    }

    private final List<Field<E, ?>> fields = new ArrayList<>();

    /** Adds a field published under any of {@code aliases} (the first present in a file is used). */
    public <V> ColumnMapping<E> map(
            List<String> aliases,
            BiFunction<RowReader, String, Optional<V>> read,
            Function<E, V> getter,
            BiConsumer<E, V> setter) {
        fields.add(new Field<>(List.copyOf(aliases), read, getter, setter));
        return this;
    }

    public <V> ColumnMapping<E> map(
            String column,
            BiFunction<RowReader, String, Optional<V>> read,
            Function<E, V> getter,
            BiConsumer<E, V> setter) {
        return map(List.of(column), read, getter, setter);
    }

    /** This mapping with every column name given a suffix, for the comparison-year block (e.g. _19). */
    public ColumnMapping<E> withSuffix(String suffix) {
        ColumnMapping<E> suffixed = new ColumnMapping<>();
        for (Field<E, ?> field : fields) {
            suffixed.fields.add(suffixed(field, suffix));
        }
        return suffixed;
    }

    private static <E, V> Field<E, V> suffixed(Field<E, V> field, String suffix) {
        return new Field<>(
                field.aliases().stream().map(a -> a + suffix).toList(), field.read(), field.getter(), field.setter());
    }

    /** The fields of this mapping that the given file carries. */
    public Binding<E> bind(CsvTable table) {
        List<Bound<E, ?>> bound = new ArrayList<>();
        for (Field<E, ?> field : fields) {
            table.firstPresent(field.aliases()).ifPresent(column -> bound.add(bind(column, field)));
        }
        return new Binding<>(bound);
    }

    private static <E, V> Bound<E, V> bind(String column, Field<E, V> field) {
        return new Bound<>(column, field);
    }

    /** A mapping bound to one file's header. */
    public static final class Binding<E> {

        private final List<Bound<E, ?>> bound;

        private Binding(List<Bound<E, ?>> bound) {
            this.bound = bound;
        }

        public boolean isEmpty() {
            return bound.isEmpty();
        }

        public List<String> columns() {
            return bound.stream().map(Bound::column).toList();
        }

        /** Writes the row's values into the entity; true when any field changed. */
        public boolean apply(E entity, RowReader row) {
            boolean changed = false;
            for (Bound<E, ?> field : bound) {
                changed |= field.apply(entity, row, true);
            }
            return changed;
        }

        /**
         * Writes the row's non-blank values into the entity, leaving a field whose cell is blank as
         * it was; true when any field changed. For a later file's comparison columns, which leave
         * blank some figures (e.g. a suppressed band) the year's own file published.
         */
        /**
         * Writes the row's values only into fields the entity has no value for; true when any
         * changed. For a later file's comparison columns over a year whose own file was imported:
         * the year's own figures stand (a later file may carry revised or rounded ones), so
         * importing the two files in either order, or again, gives the same figures.
         */
        public boolean fillMissing(E entity, RowReader row) {
            boolean changed = false;
            for (Bound<E, ?> field : bound) {
                changed |= field.fill(entity, row);
            }
            return changed;
        }

        public boolean applyGiven(E entity, RowReader row) {
            boolean changed = false;
            for (Bound<E, ?> field : bound) {
                changed |= field.apply(entity, row, false);
            }
            return changed;
        }

        /** True when at least one of the bound cells of this row is not blank. */
        public boolean hasAnyValue(RowReader row) {
            return bound.stream().anyMatch(b -> row.text(b.column()).isPresent());
        }
    }
}
