package org.cseprotocol.forms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Reads the BPMN and DMN models for the variables they read: every identifier in a {@code ${...}} expression of
 * the process, every input expression of the decision tables, and what the process itself writes (DMN outputs,
 * {@code execution.setVariable} calls, multi-instance element variables). Expressions are read with a few patterns
 * that fit how this project's model is written, not with a full EL parser.
 */
final class ModelReads {

    static final Path PROCESS = Path.of("processes/cse-referral.bpmn");
    static final Path DECISIONS = Path.of("dmn/cse-decisions.dmn");

    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{(.*?)}");
    private static final Pattern QUOTED = Pattern.compile("'[^']*'|\"[^\"]*\"");
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![.\\w])([A-Za-z_]\\w*)\\b(?!\\s*\\()");
    private static final Pattern DEADLINE_CALL = Pattern.compile("deadlines\\.\\w+\\((\\w+),\\s*(\\w+)\\)");
    private static final Pattern LIST_CALL = Pattern.compile("caseLists\\.strings\\((\\w+)\\)");
    private static final Pattern GROUP_CALL = Pattern.compile("partnerGroups\\.groupFor\\((\\w+)\\)");
    private static final Pattern TEXT_COMPARISON = Pattern.compile("(\\w+)\\s*[!=]=\\s*'");
    private static final Pattern FLAG_COMPARISON = Pattern.compile("(\\w+)\\s*[!=]=\\s*(?:true|false)\\b");
    private static final Pattern GET_VARIABLE = Pattern.compile("execution\\.getVariable\\('(\\w+)'\\)");
    private static final Pattern NULL_COMPARISON = Pattern.compile("(\\w+)\\s*[!=]=\\s*null");
    private static final Pattern SET_VARIABLE = Pattern.compile("setVariable\\('(\\w+)',\\s*('[^']*'|true|false)");
    private static final Pattern NAMED_COMPONENT = Pattern.compile("@Component\\(\"(\\w+)\"\\)");
    private static final Set<String> EL_WORDS = Set.of("and", "or", "not", "eq", "ne", "lt", "gt", "le", "ge",
            "true", "false", "null", "empty", "div", "mod", "instanceof", "execution", "task");
    /** Attributes whose whole value is one variable that must be text: a user id or a name in a task title. */
    private static final Set<String> TEXT_ATTRIBUTES = Set.of("camunda:assignee", "camunda:candidateUsers", "name");

    private ModelReads() {
    }

    /** A variable that the model reads, where it reads it, and the kind it needs, or null when any will do. */
    record Read(String variable, String where, VariableKind kind) {
    }

    /**
     * Returns the names of the Spring beans that BPMN expressions may call: every {@code @Component("name")} of the
     * application, and every name that the process uses as a whole delegate expression.
     */
    static Set<String> beanNames() throws IOException {
        Set<String> beans = new TreeSet<>(delegateBeans());
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            sources.filter(path -> path.toString().endsWith(".java"))
                    .forEach(path -> beans.addAll(matches(NAMED_COMPONENT, read(path))));
        }
        return beans;
    }

    /** Returns every variable read by an expression of the process, with the kind its use needs. */
    static List<Read> processReads(Set<String> beans) throws IOException {
        return processReads(PROCESS, beans);
    }

    static List<Read> processReads(Path process, Set<String> beans) throws IOException {
        List<Read> reads = new ArrayList<>();
        for (Element element : elements(parse(process))) {
            NamedNodeMap attributes = element.getAttributes();
            for (int index = 0; index < attributes.getLength(); index++) {
                Node attribute = attributes.item(index);
                addReads(attribute.getNodeValue(), where(element, attribute.getNodeName()),
                        TEXT_ATTRIBUTES.contains(attribute.getNodeName()), false, beans, reads);
            }
            if (element.getChildNodes().getLength() == 1 && element.getFirstChild().getNodeType() == Node.TEXT_NODE) {
                boolean condition = element.getLocalName().equals("conditionExpression");
                addReads(element.getTextContent(), where(element, element.getLocalName()), false, condition, beans,
                        reads);
            }
        }
        return reads;
    }

    /** Returns the beans the process calls as listeners and delegates: its {@code ${name}} delegate expressions. */
    static Set<String> delegateBeans() throws IOException {
        return delegateBeans(PROCESS);
    }

    static Set<String> delegateBeans(Path process) throws IOException {
        Set<String> used = new TreeSet<>();
        for (Element element : elements(parse(process))) {
            for (String attribute : List.of("delegateExpression", "camunda:delegateExpression")) {
                Matcher bean = EXPRESSION.matcher(element.getAttribute(attribute));
                if (bean.matches()) {
                    used.add(bean.group(1));
                }
            }
        }
        return used;
    }

    /** Returns the variables the process sets itself in expressions and as multi-instance element variables. */
    static Map<String, VariableKind> processWrites() throws IOException {
        Map<String, VariableKind> writes = new LinkedHashMap<>();
        for (Element element : elements(parse(PROCESS))) {
            NamedNodeMap attributes = element.getAttributes();
            for (int index = 0; index < attributes.getLength(); index++) {
                Matcher set = SET_VARIABLE.matcher(attributes.item(index).getNodeValue());
                while (set.find()) {
                    writes.put(set.group(1), set.group(2).startsWith("'") ? VariableKind.STRING : VariableKind.BOOLEAN);
                }
            }
            if (!element.getAttribute("camunda:elementVariable").isEmpty()) {
                writes.put(element.getAttribute("camunda:elementVariable"), VariableKind.STRING);
            }
        }
        return writes;
    }

    /** Returns every input expression of the decision tables, each a variable name, with its {@code typeRef}. */
    static List<Read> decisionReads() throws IOException {
        List<Read> reads = new ArrayList<>();
        for (Element input : elements(parse(DECISIONS))) {
            if (input.getLocalName().equals("inputExpression")) {
                String decision = ((Element) input.getParentNode().getParentNode().getParentNode()).getAttribute("id");
                reads.add(new Read(input.getTextContent().trim(), decision + " input",
                        VariableKind.ofTypeRef(input.getAttribute("typeRef"))));
            }
        }
        return reads;
    }

    /** Returns the outputs of the decision tables, which {@code decisionProposals} copies into the case. */
    static Map<String, VariableKind> decisionWrites() throws IOException {
        Map<String, VariableKind> writes = new LinkedHashMap<>();
        for (Element output : elements(parse(DECISIONS))) {
            if (output.getLocalName().equals("output")) {
                writes.put(output.getAttribute("name"), VariableKind.ofTypeRef(output.getAttribute("typeRef")));
            }
        }
        return writes;
    }

    private static void addReads(String text, String where, boolean textAttribute, boolean condition,
            Set<String> beans, List<Read> reads) {
        Matcher expression = EXPRESSION.matcher(text);
        while (expression.find()) {
            String body = GET_VARIABLE.matcher(expression.group(1)).replaceAll("$1");
            Map<String, VariableKind> kinds = kindsByUse(body);
            String unquoted = QUOTED.matcher(body).replaceAll("''");
            for (String identifier : matches(IDENTIFIER, unquoted)) {
                if (EL_WORDS.contains(identifier) || beans.contains(identifier)) {
                    continue;
                }
                VariableKind kind = kinds.containsKey(identifier) ? kinds.get(identifier)
                        : condition ? VariableKind.BOOLEAN
                        : textAttribute ? VariableKind.STRING : null;
                reads.add(new Read(identifier, where, kind));
            }
        }
    }

    /** Returns the kind of each variable whose use in the expression shows it: a date, a list, text. */
    private static Map<String, VariableKind> kindsByUse(String body) {
        Map<String, VariableKind> kinds = new LinkedHashMap<>();
        Matcher deadline = DEADLINE_CALL.matcher(body);
        while (deadline.find()) {
            kinds.put(deadline.group(1), VariableKind.DATE);
            kinds.put(deadline.group(2), VariableKind.INTEGER);
        }
        matches(LIST_CALL, body).forEach(variable -> kinds.put(variable, VariableKind.LIST));
        matches(GROUP_CALL, body).forEach(variable -> kinds.put(variable, VariableKind.STRING));
        matches(TEXT_COMPARISON, body).forEach(variable -> kinds.put(variable, VariableKind.STRING));
        matches(FLAG_COMPARISON, body).forEach(variable -> kinds.put(variable, VariableKind.BOOLEAN));
        matches(NULL_COMPARISON, body).forEach(variable -> kinds.putIfAbsent(variable, null));
        return kinds;
    }

    private static List<String> matches(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static String where(Element element, String attribute) {
        Node node = element;
        while (node instanceof Element candidate && candidate.getAttribute("id").isEmpty()) {
            node = candidate.getParentNode();
        }
        String id = node instanceof Element withId ? withId.getAttribute("id") : "process";
        return id + " (" + attribute + ")";
    }

    private static List<Element> elements(Document document) {
        List<Element> all = new ArrayList<>();
        collect(document.getDocumentElement(), all);
        return all;
    }

    private static void collect(Element element, List<Element> all) {
        all.add(element);
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                collect(childElement, all);
            }
        }
    }

    private static Document parse(Path file) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(file.toFile());
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("Failed to parse " + file, e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
