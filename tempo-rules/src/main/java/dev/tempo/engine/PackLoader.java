package dev.tempo.engine;

import dev.tempo.model.InvalidInputException;
import dev.tempo.model.Problem;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/** Reads rule packs from files, folders, jars and the class path, collecting every problem before it throws. */
final class PackLoader {
    private static final Set<String> MANIFEST_KEYS = Set.of("name", "rules", "folder");
    private static final String CLASSPATH = "classpath:";

    private final List<Problem> problems = new ArrayList<>();

    private PackLoader() {}

    static RulePack load(Path path) {
        String shown = path.toString();
        if (!Files.exists(path)) {
            throw new InvalidInputException(new Problem(shown, "", 0, 0,
                    "does not exist; a rule pack is a .drl file, a folder of them or a pack jar"));
        }
        PackLoader loader = new PackLoader();
        if (Files.isDirectory(path)) {
            try (PackFiles files = PackFiles.folder(path, rel -> path.resolve(rel).toString())) {
                return files.isFile(RulePack.MANIFEST) ? loader.fromManifest(files, RulePack.MANIFEST)
                        : loader.fromFolder(files, "", fileName(path), shown);
            } catch (IOException e) {
                throw unreadable(shown, e);
            }
        }
        String name = fileName(path);
        if (PackFiles.isDrl(name)) {
            try (PackFiles files = PackFiles.folder(path.toAbsolutePath().getParent(), rel -> shown)) {
                return loader.pack(name.substring(0, name.length() - ".drl".length()),
                        loader.sources(files, List.of(name)), shown);
            } catch (IOException e) {
                throw unreadable(shown, e);
            }
        }
        if (name.toLowerCase(Locale.ROOT).endsWith(".jar")) {
            try (PackFiles files = PackFiles.jar(path, rel -> shown + "!/" + rel)) {
                if (!files.isFile(RulePack.MANIFEST)) {
                    throw new InvalidInputException(new Problem(shown, "", 0, 0, "has no " + RulePack.MANIFEST
                            + "; a pack jar declares its name and DRL files there (name=..., rules=... or folder=...)"));
                }
                return loader.fromManifest(files, RulePack.MANIFEST);
            } catch (IOException e) {
                throw new InvalidInputException(new Problem(shown, "", 0, 0, "is not a readable jar: " + reason(e)));
            }
        }
        throw new InvalidInputException(new Problem(shown, "", 0, 0,
                "is not a .drl file, a folder or a .jar; a rule pack is one of these"));
    }

    static RulePack classpath(String resource, ClassLoader classLoader) {
        String path = strip(resource);
        URL url = classLoader.getResource(path);
        if (url == null) {
            throw new InvalidInputException(new Problem(CLASSPATH + path, "", 0, 0, "is not on the class path"));
        }
        PackLoader loader = new PackLoader();
        try (PackFiles files = loader.root(url, path, true)) {
            if (files == null) {
                throw new InvalidInputException(loader.problems);
            }
            if (PackFiles.isDrl(path)) {
                String name = path.substring(path.lastIndexOf('/') + 1);
                return loader.pack(name.substring(0, name.length() - ".drl".length()), loader.sources(files, List.of(path)), CLASSPATH + path);
            }
            if (path.endsWith(".properties")) {
                return loader.fromManifest(files, path);
            }
            return loader.fromFolder(files, path, path, CLASSPATH + path);
        } catch (IOException e) {
            throw unreadable(CLASSPATH + path, e);
        }
    }

    static List<RulePack> discover(ClassLoader classLoader) {
        PackLoader loader = new PackLoader();
        List<RulePack> packs = new ArrayList<>();
        try {
            for (URL url : Collections.list(classLoader.getResources(RulePack.MANIFEST))) {
                try (PackFiles files = loader.root(url, RulePack.MANIFEST, false)) {
                    if (files != null) {
                        packs.add(new PackLoader().fromManifest(files, RulePack.MANIFEST));
                    }
                } catch (InvalidInputException e) {
                    loader.problems.addAll(e.problems());
                }
            }
        } catch (IOException e) {
            throw unreadable(CLASSPATH + RulePack.MANIFEST, e);
        }
        loader.throwIfAny();
        packs.sort(Comparator.comparing(RulePack::name));
        return packs;
    }

    /**
     * The root (folder or jar) of the class path entry holding a resource, or null with a problem.
     * Its files are named {@code classpath:path}, or by the folder or jar they are in.
     */
    private PackFiles root(URL url, String resource, boolean classpathNames) throws IOException {
        int depth = resource.split("/").length;
        try {
            if (url.getProtocol().equals("file")) {
                Path root = Path.of(url.toURI());
                for (int i = 0; i < depth; i++) {
                    root = root.getParent();
                }
                Path folder = root;
                return PackFiles.folder(root, rel -> classpathNames ? CLASSPATH + rel : folder.resolve(rel).toString());
            }
            String text = url.toString();
            int bang = text.indexOf("!/");
            if (url.getProtocol().equals("jar") && bang > 0 && text.startsWith("jar:file:") && text.indexOf("!/", bang + 2) < 0) {
                Path jar = Path.of(new URI(text.substring("jar:".length(), bang)));
                return PackFiles.jar(jar, rel -> classpathNames ? CLASSPATH + rel : jar + "!/" + rel);
            }
        } catch (URISyntaxException | IllegalArgumentException e) {
            // reported below
        }
        problems.add(new Problem(CLASSPATH + resource, "", 0, 0, "is at " + url
                + ", which tempo cannot read packs from; put the pack jar itself on the class path"));
        return null;
    }

    private RulePack fromFolder(PackFiles files, String folder, String name, String shown) throws IOException {
        if (!files.isFolder(folder)) {
            throw new InvalidInputException(new Problem(shown, "", 0, 0, "is not a folder"));
        }
        List<String> drl = files.drlFilesUnder(folder);
        if (drl.isEmpty()) {
            throw new InvalidInputException(new Problem(shown, "", 0, 0, "holds no .drl file; a rule pack folder holds at least one"));
        }
        return pack(name, sources(files, drl), shown);
    }

    private RulePack fromManifest(PackFiles files, String manifest) throws IOException {
        String shown = files.display(manifest);
        String text = read(files, manifest);
        if (text == null) {
            throwIfAny();
        }
        Properties keys = new Properties();
        try {
            keys.load(new StringReader(text));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(new Problem(shown, "", 0, 0, "is not a properties file: " + e.getMessage()));
        }
        for (String key : new TreeSet<>(keys.stringPropertyNames())) {
            if (!MANIFEST_KEYS.contains(key)) {
                problems.add(new Problem(shown, key, lineOf(text, key), 0, "is not a manifest key; use name, rules or folder"));
            }
        }
        String name = keys.getProperty("name", "").strip();
        if (name.isEmpty()) {
            problems.add(new Problem(shown, "name", lineOf(text, "name"), 0, "is missing; a pack manifest names its pack (name=...)"));
        }
        String rules = keys.getProperty("rules");
        String folder = keys.getProperty("folder");
        List<DrlSource> sources = List.of();
        if ((rules == null) == (folder == null)) {
            problems.add(new Problem(shown, rules == null ? "" : "folder", rules == null ? 0 : lineOf(text, "folder"), 0,
                    "must give exactly one of rules=... (DRL files, comma-separated) and folder=... (a folder of them)"));
        } else if (rules != null) {
            sources = listed(files, shown, text, rules);
        } else {
            sources = inFolder(files, shown, text, strip(folder.strip()));
        }
        throwIfAny();
        return new RulePack(name, sources);
    }

    private List<DrlSource> listed(PackFiles files, String shown, String text, String rules) throws IOException {
        List<String> paths = new ArrayList<>();
        for (String entry : rules.split(",")) {
            String path = strip(entry.strip());
            if (path.isEmpty()) {
                continue;
            }
            if (!PackFiles.isDrl(path)) {
                problems.add(new Problem(shown, "rules", lineOf(text, "rules"), 0, "names " + path + ", which is not a .drl file"));
            } else if (!files.isFile(path)) {
                problems.add(new Problem(shown, "rules", lineOf(text, "rules"), 0, "names " + path + ", which is not in the pack"));
            } else {
                paths.add(path);
            }
        }
        if (paths.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(shown, "rules", lineOf(text, "rules"), 0, "lists no DRL file"));
        }
        return sources(files, paths);
    }

    private List<DrlSource> inFolder(PackFiles files, String shown, String text, String folder) throws IOException {
        if (!files.isFolder(folder)) {
            problems.add(new Problem(shown, "folder", lineOf(text, "folder"), 0, "names " + folder + ", which is not a folder of the pack"));
            return List.of();
        }
        List<String> drl = files.drlFilesUnder(folder);
        if (drl.isEmpty()) {
            problems.add(new Problem(shown, "folder", lineOf(text, "folder"), 0, "names " + folder + ", which holds no .drl file"));
        }
        return sources(files, drl);
    }

    private List<DrlSource> sources(PackFiles files, List<String> paths) {
        List<DrlSource> sources = new ArrayList<>();
        for (String path : paths) {
            String text = read(files, path);
            if (text != null) {
                sources.add(new DrlSource(files.display(path), text));
            }
        }
        return sources;
    }

    private String read(PackFiles files, String path) {
        try {
            return files.read(path);
        } catch (CharacterCodingException e) {
            problems.add(new Problem(files.display(path), "", 0, 0, "is not UTF-8 text"));
        } catch (IOException e) {
            problems.add(new Problem(files.display(path), "", 0, 0, "cannot be read: " + reason(e)));
        }
        return null;
    }

    private RulePack pack(String name, List<DrlSource> sources, String shown) {
        throwIfAny();
        return new RulePack(name.isBlank() ? shown : name, sources);
    }

    private void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** The 1-based line declaring a properties key, or 0. */
    private static int lineOf(String text, String key) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].stripLeading();
            if (line.startsWith(key) && (line.length() == key.length() || "=: \t".indexOf(line.charAt(key.length())) >= 0)) {
                return i + 1;
            }
        }
        return 0;
    }

    private static String strip(String path) {
        String p = path;
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }

    private static String fileName(Path path) {
        Path name = path.toAbsolutePath().normalize().getFileName();
        return name == null ? path.toString() : name.toString();
    }

    private static InvalidInputException unreadable(String shown, IOException e) {
        return new InvalidInputException(new Problem(shown, "", 0, 0, "cannot be read: " + reason(e)));
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
