package org.mineraldiligence.cmrt.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class XmlScannerTest {

    private static List<String> texts(String xml) throws IOException {
        List<String> texts = new ArrayList<>();
        XmlScanner.scan(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), new XmlScanner.Handler() {
            boolean in;

            @Override
            public boolean wantsAttributes(int element) {
                return false;
            }

            @Override
            public void start(int element, String[] attributes, int count) {
                in = element == XmlScanner.T;
            }

            @Override
            public void end(int element) {
                in = false;
            }

            @Override
            public boolean collecting() {
                return in;
            }

            @Override
            public void text(String text) {
                texts.add(text);
            }
        });
        return texts;
    }

    @Test
    void decodesPredefinedEntitiesNumericReferencesCdataAndPrefixedNames() throws IOException {
        assertThat(texts("<?xml version=\"1.0\"?><!-- c --><x:si><x:t>A &amp; B &lt;&#13;&#x41;</x:t><t><![CDATA[<raw>]]></t></x:si>"))
                .containsExactly("A & B <\rA", "<raw>");
    }

    @Test
    void refusesAnyDoctypeSoNoEntityCanBeDeclared() {
        assertThatThrownBy(() -> texts("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><t>&e;</t>"))
                .isInstanceOf(XmlScanner.Malformed.class);
    }

    @Test
    void leavesUnknownEntitiesLiteralInsteadOfResolvingThem() throws IOException {
        assertThat(texts("<t>&e;</t>")).containsExactly("&e;");
    }
}
