import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.bouncycastle.bcpg.ArmoredOutputStream;
import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.bouncycastle.bcpg.PublicKeyPacket;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openpgp.PGPEncryptedData;
import org.bouncycastle.openpgp.PGPKeyPair;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.bouncycastle.openpgp.PGPSecretKey;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPSignatureList;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.jcajce.JcaPGPObjectFactory;
import org.bouncycastle.openpgp.operator.PGPDigestCalculator;
import org.bouncycastle.openpgp.operator.jcajce.JcaKeyFingerprintCalculator;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPContentSignerBuilder;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPContentVerifierBuilderProvider;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPDigestCalculatorProviderBuilder;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPKeyPair;
import org.bouncycastle.openpgp.operator.jcajce.JcePBESecretKeyEncryptorBuilder;

/**
 * The release build's own checks, run by .ci/release-check (a single-file program: java -cp
 * BOUNCY_CASTLE_JARS ReleaseCheck.java ...).
 *
 * <ul>
 *   <li>{@code key DIR}: a throwaway OpenPGP signing key, made fresh for one check run and never
 *       kept: DIR/secret.asc (armored, passphrase-protected, what MAVEN_GPG_KEY takes),
 *       DIR/passphrase (MAVEN_GPG_PASSPHRASE) and DIR/public.asc.
 *   <li>{@code bundle BUNDLE_ZIP PUBLIC_ASC PUBLISHED UNPUBLISHED}: checks the Central bundle that
 *       the release profile made. Every module of PUBLISHED (comma-separated artifactIds) is in it,
 *       none of UNPUBLISHED is; every file has a signature that verifies with the key and MD5/SHA-1
 *       checksums; every jar module has its jar, sources, Javadoc and SBOM, every jar of the bundle
 *       holds META-INF/LICENSE, every POM the metadata Central requires. Prints each module's SBOM
 *       components. Exits 1 on the first module that fails, naming what is missing.
 * </ul>
 */
public final class ReleaseCheck {

    private static final String PROVIDER = "BC";

    public static void main(String[] args) throws Exception {
        java.security.Security.addProvider(new BouncyCastleProvider());
        if (args.length == 2 && args[0].equals("key")) {
            key(Path.of(args[1]));
        } else if (args.length == 5 && args[0].equals("bundle")) {
            List<String> problems = bundle(Path.of(args[1]), Path.of(args[2]), set(args[3]), set(args[4]));
            if (!problems.isEmpty()) {
                problems.forEach(problem -> System.err.println("release check: " + problem));
                System.exit(1);
            }
        } else {
            System.err.println("usage: ReleaseCheck key DIR | bundle BUNDLE_ZIP PUBLIC_ASC PUBLISHED UNPUBLISHED");
            System.exit(2);
        }
    }

    private static Set<String> set(String commaSeparated) {
        Set<String> names = new TreeSet<>();
        for (String name : commaSeparated.split(",")) {
            if (!name.isBlank()) {
                names.add(name.trim());
            }
        }
        return names;
    }

    private static void key(Path dir) throws Exception {
        Files.createDirectories(dir);
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        char[] passphrase = Base64.getUrlEncoder().withoutPadding().encodeToString(random).toCharArray();

        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA", PROVIDER);
        generator.initialize(3072);
        PGPKeyPair pair = new JcaPGPKeyPair(PublicKeyPacket.VERSION_4, PGPPublicKey.RSA_GENERAL,
                generator.generateKeyPair(), new Date());
        PGPDigestCalculator sha1 = new JcaPGPDigestCalculatorProviderBuilder().setProvider(PROVIDER).build()
                .get(HashAlgorithmTags.SHA1);
        PGPSecretKey secret = new PGPSecretKey(PGPSignature.DEFAULT_CERTIFICATION, pair,
                "Tripwire Java SDK release check (throwaway) <release-check@invalid>", sha1, null, null,
                new JcaPGPContentSignerBuilder(pair.getPublicKey().getAlgorithm(), HashAlgorithmTags.SHA256)
                        .setProvider(PROVIDER),
                new JcePBESecretKeyEncryptorBuilder(PGPEncryptedData.AES_256, sha1).setProvider(PROVIDER)
                        .build(passphrase));

        Files.write(dir.resolve("secret.asc"), armored(secret.getEncoded()));
        Files.write(dir.resolve("public.asc"), armored(secret.getPublicKey().getEncoded()));
        Files.writeString(dir.resolve("passphrase"), new String(passphrase));
        System.out.printf("throwaway signing key %016X in %s%n", secret.getKeyID(), dir);
    }

    private static byte[] armored(byte[] encoded) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream armor = new ArmoredOutputStream(bytes)) {
            armor.write(encoded);
        }
        return bytes.toByteArray();
    }

    private static List<String> bundle(Path zip, Path publicKey, Set<String> published, Set<String> unpublished)
            throws Exception {
        PGPPublicKeyRing ring;
        try (InputStream in = PGPUtil.getDecoderStream(Files.newInputStream(publicKey))) {
            ring = new PGPPublicKeyRing(in, new JcaKeyFingerprintCalculator());
        }

        // com/tripwirejs/<artifactId>/<version>/<file> -> bytes
        Map<String, Map<String, byte[]>> modules = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                if (entry.isDirectory()) {
                    continue;
                }
                String[] parts = entry.getName().split("/");
                if (parts.length < 4) {
                    return List.of("unexpected entry " + entry.getName() + " in " + zip);
                }
                String artifactId = parts[parts.length - 3];
                modules.computeIfAbsent(artifactId, id -> new TreeMap<>())
                        .put(parts[parts.length - 1], in.readAllBytes());
            }
        }

        List<String> problems = new ArrayList<>();
        for (String expected : published) {
            if (!modules.containsKey(expected)) {
                problems.add(expected + " is published but not in the bundle");
            }
        }
        for (Map.Entry<String, Map<String, byte[]>> module : modules.entrySet()) {
            String artifactId = module.getKey();
            Map<String, byte[]> files = module.getValue();
            if (unpublished.contains(artifactId)) {
                problems.add(artifactId + " is not published but is in the bundle");
                continue;
            }
            String pomName = files.keySet().stream().filter(name -> name.endsWith(".pom")).findFirst().orElse(null);
            if (pomName == null) {
                problems.add(artifactId + ": no POM");
                continue;
            }
            String base = pomName.substring(0, pomName.length() - ".pom".length());
            String pom = new String(files.get(pomName), StandardCharsets.UTF_8);
            problems.addAll(pomMetadata(artifactId, pom));
            boolean jarModule = !pom.contains("<packaging>pom</packaging>");
            List<String> required = new ArrayList<>(List.of(".pom"));
            if (jarModule) {
                required.addAll(List.of(".jar", "-sources.jar", "-javadoc.jar", "-cyclonedx.json"));
            }
            for (String suffix : required) {
                if (!files.containsKey(base + suffix)) {
                    problems.add(artifactId + ": no " + base + suffix);
                }
            }
            int signed = 0;
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                String name = file.getKey();
                if (name.endsWith(".asc") || name.endsWith(".md5") || name.endsWith(".sha1")
                        || name.endsWith(".sha256") || name.endsWith(".sha512")) {
                    continue;
                }
                byte[] signature = files.get(name + ".asc");
                if (signature == null) {
                    problems.add(artifactId + ": " + name + " is not signed");
                } else if (!verifies(ring, file.getValue(), signature)) {
                    problems.add(artifactId + ": the signature of " + name + " does not verify");
                } else {
                    signed++;
                }
                for (String checksum : List.of(".md5", ".sha1")) {
                    if (!files.containsKey(name + checksum)) {
                        problems.add(artifactId + ": no " + name + checksum);
                    }
                }
                if (name.endsWith(".jar") && !hasLicense(file.getValue())) {
                    problems.add(artifactId + ": " + name + " has no META-INF/LICENSE");
                }
            }
            byte[] sbom = files.get(base + "-cyclonedx.json");
            if (sbom != null) {
                Object components = ((Map<?, ?>) new Json(new String(sbom, StandardCharsets.UTF_8)).value())
                        .get("components");
                List<String> names = new ArrayList<>();
                for (Object component : components == null ? List.of() : (List<?>) components) {
                    Map<?, ?> fields = (Map<?, ?>) component;
                    Object scope = fields.get("scope");
                    names.add(fields.get("name") + (scope == null || scope.equals("required") ? "" : " (" + scope + ")"));
                }
                System.out.printf("%s: %d files signed, SBOM %d components: %s%n", artifactId, signed,
                        names.size(), String.join(", ", names));
            } else {
                System.out.printf("%s: %d files signed%n", artifactId, signed);
            }
        }
        return problems;
    }

    private static final Pattern REQUIRED_ELEMENT = Pattern.compile(
            "<(name|description|url|licenses|developers|scm)[\\s>]");

    /** What Central refuses a POM without, after inheritance is written out by no one: the POM as published. */
    private static List<String> pomMetadata(String artifactId, String pom) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = REQUIRED_ELEMENT.matcher(pom);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        List<String> problems = new ArrayList<>();
        // A module with a parent inherits url, licenses, developers and scm from it (the parent is
        // in the bundle and checked on its own); name and description are its own.
        boolean hasParent = pom.contains("<parent>");
        List<String> required = hasParent ? List.of("name", "description")
                : List.of("name", "description", "url", "licenses", "developers", "scm");
        for (String element : required) {
            if (!found.contains(element)) {
                problems.add(artifactId + ": the POM has no <" + element + ">");
            }
        }
        return problems;
    }

    private static boolean verifies(PGPPublicKeyRing ring, byte[] content, byte[] armoredSignature) throws Exception {
        try (InputStream in = PGPUtil.getDecoderStream(new ByteArrayInputStream(armoredSignature))) {
            Object object = new JcaPGPObjectFactory(in).nextObject();
            if (!(object instanceof PGPSignatureList list) || list.isEmpty()) {
                return false;
            }
            PGPSignature signature = list.get(0);
            PGPPublicKey key = ring.getPublicKey(signature.getKeyID());
            if (key == null) {
                return false;
            }
            signature.init(new JcaPGPContentVerifierBuilderProvider().setProvider(PROVIDER), key);
            signature.update(content);
            return signature.verify();
        }
    }

    private static boolean hasLicense(byte[] jar) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(jar))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                if (entry.getName().equals("META-INF/LICENSE")) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8).startsWith("MIT License");
                }
            }
        }
        return false;
    }

    /** Just enough JSON for an SBOM: objects, arrays, strings, numbers, literals. */
    private static final class Json {
        private final String text;
        private int at;

        Json(String text) {
            this.text = text;
        }

        Object value() {
            skipSpace();
            char c = text.charAt(at);
            if (c == '{') {
                Map<String, Object> object = new TreeMap<>();
                at++;
                skipSpace();
                if (text.charAt(at) == '}') {
                    at++;
                    return object;
                }
                while (true) {
                    skipSpace();
                    String key = string();
                    skipSpace();
                    expect(':');
                    object.put(key, value());
                    skipSpace();
                    if (text.charAt(at++) == '}') {
                        return object;
                    }
                }
            }
            if (c == '[') {
                List<Object> array = new ArrayList<>();
                at++;
                skipSpace();
                if (text.charAt(at) == ']') {
                    at++;
                    return array;
                }
                while (true) {
                    array.add(value());
                    skipSpace();
                    if (text.charAt(at++) == ']') {
                        return array;
                    }
                }
            }
            if (c == '"') {
                return string();
            }
            int start = at;
            while (at < text.length() && ",}] \t\r\n".indexOf(text.charAt(at)) < 0) {
                at++;
            }
            return text.substring(start, at);
        }

        private String string() {
            expect('"');
            StringBuilder out = new StringBuilder();
            for (char c; (c = text.charAt(at++)) != '"'; ) {
                if (c == '\\') {
                    char escaped = text.charAt(at++);
                    if (escaped == 'u') {
                        out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                        at += 4;
                    } else {
                        out.append(switch (escaped) {
                            case 'n' -> '\n';
                            case 't' -> '\t';
                            case 'r' -> '\r';
                            case 'b' -> '\b';
                            case 'f' -> '\f';
                            default -> escaped;
                        });
                    }
                } else {
                    out.append(c);
                }
            }
            return out.toString();
        }

        private void expect(char c) {
            if (text.charAt(at++) != c) {
                throw new IllegalArgumentException("JSON: expected " + c + " at " + (at - 1));
            }
        }

        private void skipSpace() {
            while (Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }
    }
}
