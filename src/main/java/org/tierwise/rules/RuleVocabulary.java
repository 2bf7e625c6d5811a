package org.tierwise.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The compile-time allow-list of what a rule file may name and call. A rule file is code that a
 * POLICY user writes and the service runs over every school, so before Drools compiles it every
 * file is read token by token and refused if it names anything outside the rules' vocabulary:
 *
 * <ul>
 *   <li>types: the Tierwise types marked {@link AllowedInRules} (facts, outcomes, parameters, their
 *       enums), the types a file declares itself, and the values in {@link #JDK_TYPES} — nothing
 *       that reaches files, processes, threads, class loading or reflection ({@code System},
 *       {@code Runtime}, {@code Files}, {@code Class}, {@code Thread} are not in it);
 *   <li>imports: each type by its full name, no wildcards, no static, function or accumulate imports;
 *   <li>no fully qualified names in code ({@code java.lang.System.exit(0)}): import the type;
 *   <li>no members that lead out of the vocabulary ({@link #DENIED_MEMBERS}: {@code getClass},
 *       {@code .class}, the Drools session behind {@code drools}, {@code wait}, {@code repeat});
 *       {@code drools} only for {@link #DROOLS_METHODS} and as an argument, {@code kcontext} not at all;
 *   <li>no statements that can run unbounded or escape the check: loops, functions, globals,
 *       try/catch, local or anonymous classes, array creation, {@code this}, unicode escapes.
 * </ul>
 *
 * Runaway firing is stopped by {@code tierwise.rules.max-firings} and slow evaluations by
 * {@code tierwise.rules.evaluation-time-limit} ({@link RuleEngine}). [design]
 */
final class RuleVocabulary {

    /** The Java values rules may use; java.lang types are also the ones DRL and MVEL name without an import. */
    static final Set<String> JDK_TYPES = Set.of(
            "java.lang.String",
            "java.lang.CharSequence",
            "java.lang.Integer",
            "java.lang.Long",
            "java.lang.Double",
            "java.lang.Float",
            "java.lang.Short",
            "java.lang.Byte",
            "java.lang.Boolean",
            "java.lang.Character",
            "java.lang.Number",
            "java.lang.Math",
            "java.lang.Object",
            "java.lang.Comparable",
            "java.lang.IllegalArgumentException",
            "java.lang.IllegalStateException",
            "java.util.List",
            "java.util.Set",
            "java.util.Map",
            "java.util.Collection",
            "java.util.ArrayList",
            "java.util.HashSet",
            "java.util.HashMap",
            "java.util.LinkedHashMap",
            "java.util.LinkedHashSet",
            "java.util.Optional",
            "java.util.Objects",
            "java.util.Locale",
            "java.math.BigDecimal",
            "java.math.BigInteger",
            "java.math.RoundingMode",
            "java.time.LocalDate",
            "java.time.LocalDateTime",
            "java.time.Year",
            "java.time.YearMonth",
            "java.time.Month",
            "java.time.MonthDay",
            "java.time.DayOfWeek",
            "java.time.Period",
            "java.time.Duration",
            "java.time.temporal.ChronoUnit");

    /** Members refused on any receiver, compared without a get/set/is prefix, so MVEL's {@code x.class} is caught too. */
    static final Set<String> DENIED_MEMBERS = Set.of(
            "class",
            "classloader",
            "forname",
            "loadclass",
            "defineclass",
            "newinstance",
            "invoke",
            "method",
            "methods",
            "declaredmethod",
            "declaredmethods",
            "field",
            "fields",
            "declaredfield",
            "declaredfields",
            "constructor",
            "constructors",
            "declaredconstructor",
            "declaredconstructors",
            "accessible",
            "module",
            "kieruntime",
            "knowledgeruntime",
            "workingmemory",
            "kiebase",
            "knowledgebase",
            "kiesession",
            "session",
            "entrypoint",
            "entrypoints",
            "channels",
            "globals",
            "global",
            "sessionclock",
            "halt",
            "dispose",
            "destroy",
            "wait",
            "notify",
            "notifyall",
            "finalize",
            "repeat",
            "exit",
            "exec",
            "runtime",
            "lookup");

    /** What a consequence may ask of {@code drools}. */
    static final Set<String> DROOLS_METHODS =
            Set.of("insert", "insertLogical", "update", "modify", "delete", "retract", "getRule");

    /** Words that start a loop, a function, a class or other code this check cannot bound. */
    private static final Set<String> REFUSED_WORDS = Set.of(
            "while",
            "for",
            "do",
            "foreach",
            "until",
            "function",
            "def",
            "global",
            "try",
            "catch",
            "finally",
            "synchronized",
            "class",
            "interface",
            "super",
            "native",
            "kcontext");

    private static final Set<String> PRIMITIVES =
            Set.of("int", "long", "double", "float", "short", "byte", "char", "boolean");
    private static final Pattern CONSTANT = Pattern.compile("[A-Z][A-Z0-9_]*");

    private final ClassLoader classLoader;

    RuleVocabulary(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    /** Every use of something outside the vocabulary in the rule files, as errors. */
    List<RuleProblem> check(List<SourceFile> files) {
        List<RuleProblem> problems = new ArrayList<>();
        files.forEach(file -> new FileCheck(file, problems).run());
        return List.copyOf(problems);
    }

    /** Whether a type named in full may be used in rules. */
    boolean allowed(String fullName) {
        if (JDK_TYPES.contains(fullName)) {
            return true;
        }
        if (!fullName.startsWith("org.tierwise.")) {
            return false;
        }
        try {
            return Class.forName(fullName, false, classLoader).isAnnotationPresent(AllowedInRules.class);
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private final class FileCheck {

        private final SourceFile file;
        private final List<RuleProblem> problems;
        private final List<Token> tokens;
        private final Set<String> types = new HashSet<>();

        FileCheck(SourceFile file, List<RuleProblem> problems) {
            this.file = file;
            this.problems = problems;
            this.tokens = Lexer.tokens(file.content(), this::refuseAt);
            JDK_TYPES.stream()
                    .filter(type -> type.startsWith("java.lang.") && type.indexOf('.', 10) < 0)
                    .forEach(type -> types.add(type.substring(10)));
        }

        void run() {
            collectDeclaredTypes();
            boolean inRule = false;
            for (int i = 0; i < tokens.size(); i++) {
                Token token = tokens.get(i);
                if (token.startsLine() && !inRule && (token.is("import") || token.is("package"))) {
                    i = token.is("import") ? checkImport(i) : skipName(i + 1) - 1;
                    continue;
                }
                if (token.startsLine() && (token.is("rule") || token.is("query") || token.is("declare"))) {
                    inRule = true;
                } else if (token.startsLine() && token.is("end")) {
                    inRule = false;
                }
                checkToken(i);
            }
        }

        private void collectDeclaredTypes() {
            for (int i = 0; i + 1 < tokens.size(); i++) {
                if (tokens.get(i).is("declare")) {
                    int name = tokens.get(i + 1).is("enum") || tokens.get(i + 1).is("trait") ? i + 2 : i + 1;
                    if (name < tokens.size() && tokens.get(name).identifier()) {
                        types.add(tokens.get(name).text());
                    }
                }
            }
        }

        private int checkImport(int at) {
            Token start = tokens.get(at);
            int next = at + 1;
            if (next < tokens.size()
                    && (tokens.get(next).is("static")
                            || tokens.get(next).is("function")
                            || tokens.get(next).is("accumulate"))) {
                refuse(
                        start,
                        "'import " + tokens.get(next).text() + "' is not allowed in rule files; import types only");
            }
            int end = skipName(next);
            String name = name(next, end);
            if (name.endsWith(".*")) {
                refuse(start, "'import " + name + "' imports a whole package; import each type by its full name");
            } else if (!allowed(name)) {
                refuse(start, "'import " + name + "': " + notAllowed());
            } else {
                types.add(name.substring(name.lastIndexOf('.') + 1));
            }
            return end - 1;
        }

        /** The index after a dotted name that starts at {@code at}, with an optional trailing {@code .*}. */
        private int skipName(int at) {
            int i = at;
            while (i < tokens.size()
                    && (tokens.get(i).identifier()
                            || tokens.get(i).is(".")
                            || tokens.get(i).is("*"))) {
                if (i > at && tokens.get(i).identifier() && !tokens.get(i - 1).is(".")) {
                    break;
                }
                i++;
            }
            return i;
        }

        private String name(int from, int to) {
            StringBuilder name = new StringBuilder();
            for (int i = from; i < to; i++) {
                name.append(tokens.get(i).text());
            }
            return name.toString();
        }

        private void checkToken(int i) {
            Token token = tokens.get(i);
            if (!token.identifier()) {
                return;
            }
            Token before = i > 0 ? tokens.get(i - 1) : null;
            boolean member = before != null && (before.is(".") || before.is("::"));
            if (member) {
                checkMember(token, i);
                return;
            }
            if (REFUSED_WORDS.contains(token.text())) {
                refuse(token, "'" + token.text() + "' is not allowed in rule files: " + whyRefused(token.text()));
                return;
            }
            if (token.is("import") || token.is("package")) {
                refuse(token, "'" + token.text() + "' belongs at the top of the file, before the first rule");
                return;
            }
            if (token.is("new")) {
                checkNew(i);
                return;
            }
            if (token.text().startsWith("$")) {
                return;
            }
            boolean qualified = i + 2 < tokens.size()
                    && tokens.get(i + 1).is(".")
                    && tokens.get(i + 2).identifier();
            if (Character.isUpperCase(token.text().charAt(0))) {
                boolean constant = CONSTANT.matcher(token.text()).matches()
                        && !qualified
                        && !(i + 1 < tokens.size() && tokens.get(i + 1).is("("));
                if (!constant && !types.contains(token.text()) && resolvesWithoutImport(token.text())) {
                    refuse(token, "'" + token.text() + "' is not a type rules may use: " + notAllowed());
                }
                return;
            }
            if (token.is("drools") && qualified) {
                String method = tokens.get(i + 2).text();
                if (!DROOLS_METHODS.contains(method)) {
                    refuse(
                            tokens.get(i + 2),
                            "'drools." + method + "' is not allowed: a consequence may use drools only" + " for "
                                    + DROOLS_METHODS + " and to pass to Explanation.of");
                }
                return;
            }
            if (qualified && looksQualified(i)) {
                int end = skipName(i);
                String name = typeName(name(i, end));
                if (!allowed(name)) {
                    refuse(
                            token,
                            "'" + name + "' names a type by its full name: import the type instead, and only"
                                    + " types rules may use (" + notAllowedShort() + ")");
                }
            }
        }

        /**
         * Whether Drools or MVEL would find a type of this name that the file does not import: one in
         * java.lang, MVEL's {@code Array}, or one in the file's own package. A name that finds nothing
         * is left to Drools, which reports it as an unknown type.
         */
        private boolean resolvesWithoutImport(String name) {
            return name.equals("Array") || exists("java.lang." + name) || exists(packageName() + "." + name);
        }

        private String packageName() {
            for (int i = 0; i + 1 < tokens.size(); i++) {
                if (tokens.get(i).is("package")) {
                    return name(i + 1, skipName(i + 1));
                }
            }
            return "";
        }

        private boolean exists(String fullName) {
            try {
                Class.forName(fullName, false, classLoader);
                return true;
            } catch (ClassNotFoundException | LinkageError e) {
                return false;
            }
        }

        private void checkMember(Token token, int i) {
            String name = token.text();
            String bare = name.toLowerCase(Locale.ROOT);
            for (String prefix : List.of("get", "set", "is")) {
                if (bare.startsWith(prefix) && bare.length() > prefix.length()) {
                    bare = bare.substring(prefix.length());
                    break;
                }
            }
            if (DENIED_MEMBERS.contains(bare) || DENIED_MEMBERS.contains(name.toLowerCase(Locale.ROOT))) {
                refuse(
                        token,
                        "'." + name + "' is not allowed in rule files: it leads outside the facts and values"
                                + " rules may use (reflection, the rule session, threads or the process)");
            }
        }

        /** {@code new T(...)} is fine; {@code new T[n]} and {@code new T(...) { ... }} are not. */
        private void checkNew(int i) {
            int at = i + 1;
            while (at < tokens.size()
                    && (tokens.get(at).identifier()
                            || tokens.get(at).is(".")
                            || tokens.get(at).is("<")
                            || tokens.get(at).is(">")
                            || tokens.get(at).is(","))) {
                at++;
            }
            if (at >= tokens.size()) {
                return;
            }
            if (tokens.get(at).is("[")) {
                refuse(tokens.get(i), "creating arrays is not allowed in rule files: use List.of(...)");
                return;
            }
            if (tokens.get(at).is("(")) {
                int depth = 0;
                for (int j = at; j < tokens.size(); j++) {
                    if (tokens.get(j).is("(")) {
                        depth++;
                    } else if (tokens.get(j).is(")") && --depth == 0) {
                        if (j + 1 < tokens.size() && tokens.get(j + 1).is("{")) {
                            refuse(tokens.get(i), "anonymous classes are not allowed in rule files");
                        }
                        return;
                    }
                }
            }
        }

        /** A lower-case name followed by {@code .Name} or a package such as {@code java.}: a full type name. */
        private boolean looksQualified(int i) {
            String first = tokens.get(i).text();
            if (PACKAGE_ROOTS.contains(first)) {
                return true;
            }
            for (int j = i + 2; j < tokens.size() && tokens.get(j).identifier(); j += 2) {
                if (Character.isUpperCase(tokens.get(j).text().charAt(0))) {
                    return true;
                }
                if (j + 1 >= tokens.size() || !tokens.get(j + 1).is(".")) {
                    break;
                }
            }
            return false;
        }

        /** The type a dotted name starts with: up to its first capitalised part ({@code java.lang.System}). */
        private static String typeName(String dotted) {
            String[] parts = dotted.split("\\.");
            StringBuilder name = new StringBuilder(parts[0]);
            for (int p = 1; p < parts.length; p++) {
                name.append('.').append(parts[p]);
                if (Character.isUpperCase(parts[p].charAt(0))) {
                    break;
                }
            }
            return name.toString();
        }

        private void refuse(Token token, String message) {
            refuseAt(token.line(), token.column(), message);
        }

        private void refuseAt(int line, int column, String message) {
            problems.add(RuleProblem.error(file.path(), line, column, message));
        }
    }

    /** The first names of the packages on a Java class path; {@code java.} and friends are never a variable. */
    private static final Set<String> PACKAGE_ROOTS = Set.of(
            "java",
            "javax",
            "jdk",
            "sun",
            "com",
            "org",
            "net",
            "io",
            "jakarta",
            "kotlin",
            "scala",
            "groovy",
            "mvel",
            "ch",
            "de",
            "tools",
            "reactor",
            "lombok",
            "antlr",
            "picocli",
            "liquibase",
            "freemarker");

    private static String whyRefused(String word) {
        return switch (word) {
            case "while", "for", "do", "foreach", "until" -> "a rule has no loops; write a rule that matches each fact";
            case "function", "def" -> "functions are not allowed; put the logic in the rule's conditions";
            case "global" -> "globals are not allowed; rules get parameters from rules/parameters";
            case "kcontext" -> "use drools, and only for insert, update, delete and Explanation.of";
            default -> "it is not part of what a rule may do (README, Security: what a rule may do)";
        };
    }

    private static String notAllowed() {
        return "rules may use the Tierwise facts, outcomes and parameters marked @AllowedInRules, types the file"
                + " declares, and " + notAllowedShort();
    }

    private static String notAllowedShort() {
        return "String, numbers, Math, BigDecimal, java.time dates and java.util collections";
    }

    /** A token of a rule file: a name, a number or a punctuation mark; strings and comments are skipped. */
    record Token(String text, int line, int column, boolean startsLine) {

        boolean is(String value) {
            return text.equals(value);
        }

        boolean identifier() {
            return Character.isJavaIdentifierStart(text.charAt(0));
        }
    }

    interface Refusal {
        void at(int line, int column, String message);
    }

    /** Splits DRL into tokens the way Java and MVEL read it: strings, characters and comments are skipped. */
    static final class Lexer {

        private Lexer() {}

        static List<Token> tokens(String text, Refusal refusal) {
            List<Token> tokens = new ArrayList<>();
            int line = 1;
            int lineStart = 0;
            boolean firstOnLine = true;
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) == 'u') {
                    // Java reads a backslash-u escape before anything else, even inside strings and comments.
                    refusal.at(
                            line,
                            i - lineStart + 1,
                            "unicode escapes (\\u...) are not allowed in rule files:" + " write the character itself");
                }
                if (c == '\n') {
                    line++;
                    lineStart = i + 1;
                    firstOnLine = true;
                    i++;
                } else if (Character.isWhitespace(c)) {
                    i++;
                } else if (text.startsWith("//", i)) {
                    while (i < text.length() && text.charAt(i) != '\n') {
                        i++;
                    }
                } else if (text.startsWith("/*", i)) {
                    int end = text.indexOf("*/", i + 2);
                    end = end < 0 ? text.length() : end + 2;
                    for (int j = i; j < end; j++) {
                        if (text.charAt(j) == '\n') {
                            line++;
                            lineStart = j + 1;
                        }
                        checkEscape(text, j, line, lineStart, refusal);
                    }
                    i = end;
                } else if (c == '"' || c == '\'') {
                    boolean block = text.startsWith("\"\"\"", i);
                    int j = block ? i + 3 : i + 1;
                    while (j < text.length()) {
                        char d = text.charAt(j);
                        if (d == '\\') {
                            checkEscape(text, j, line, lineStart, refusal);
                            j += 2;
                            continue;
                        }
                        if (d == '\n') {
                            line++;
                            lineStart = j + 1;
                        }
                        if (block ? text.startsWith("\"\"\"", j) : d == c) {
                            j += block ? 3 : 1;
                            break;
                        }
                        j++;
                    }
                    firstOnLine = false;
                    i = j;
                } else if (Character.isJavaIdentifierStart(c)) {
                    int j = i + 1;
                    while (j < text.length() && Character.isJavaIdentifierPart(text.charAt(j))) {
                        j++;
                    }
                    tokens.add(new Token(text.substring(i, j), line, i - lineStart + 1, firstOnLine));
                    firstOnLine = false;
                    i = j;
                } else if (Character.isDigit(c)) {
                    int j = i + 1;
                    while (j < text.length()
                            && (Character.isLetterOrDigit(text.charAt(j))
                                    || text.charAt(j) == '.'
                                    || text.charAt(j) == '_')) {
                        j++;
                    }
                    tokens.add(new Token(text.substring(i, j), line, i - lineStart + 1, firstOnLine));
                    firstOnLine = false;
                    i = j;
                } else {
                    String mark = text.startsWith("::", i) ? "::" : String.valueOf(c);
                    tokens.add(new Token(mark, line, i - lineStart + 1, firstOnLine));
                    firstOnLine = false;
                    i += mark.length();
                }
            }
            return tokens;
        }

        private static void checkEscape(String text, int at, int line, int lineStart, Refusal refusal) {
            if (text.charAt(at) == '\\' && at + 1 < text.length() && text.charAt(at + 1) == 'u') {
                refusal.at(
                        line,
                        at - lineStart + 1,
                        "unicode escapes (\\u...) are not allowed in rule files:" + " write the character itself");
            }
        }
    }
}
