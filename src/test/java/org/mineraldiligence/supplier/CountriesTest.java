package org.mineraldiligence.supplier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Countries as people and ERPs write them, read as ISO 3166-1. */
class CountriesTest {

    final Countries countries = Countries.standard();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "USA|US|United States", "U.S.|US|United States", "United States of America|US|United States",
        "us|US|United States", "DRC|CD|Democratic Republic of the Congo", "DR Congo|CD|Democratic Republic of the Congo",
        "'Congo, Democratic Republic of the'|CD|Democratic Republic of the Congo",
        "COD|CD|Democratic Republic of the Congo", "Republic of the Congo|CG|Republic of the Congo",
        "'Korea, Republic of'|KR|South Korea", "South Korea|KR|South Korea", "Viet Nam|VN|Vietnam",
        "Türkiye|TR|Türkiye", "Turkey|TR|Türkiye", "  germany |DE|Germany", "DEU|DE|Germany",
        "Côte d’Ivoire|CI|Côte d'Ivoire", "Cote d'Ivoire|CI|Côte d'Ivoire", "'Tanzania, United Republic of'|TZ|Tanzania",
        "St. Kitts & Nevis|KN|Saint Kitts and Nevis", "'Gambia, The'|GM|Gambia", "Burma|MM|Myanmar",
        "Swaziland|SZ|Eswatini", "Hong Kong SAR China|HK|Hong Kong"})
    void readsNamesCodesAndCommonVariants(String text, String code, String name) {
        assertThat(countries.find(text)).contains(new Country(code, name));
    }

    @Test
    void aNameThatIsNoCountryOrTwoIsExplained() {
        assertThat(countries.read("Atlantis")).isInstanceOf(Countries.Unknown.class)
                .extracting(reading -> ((Countries.Unknown) reading).message()).asString()
                .contains("\"Atlantis\" is not a country we know");
        assertThat(((Countries.Unknown) countries.read("Congo")).message())
                .contains("Democratic Republic of the Congo (CD)").contains("Republic of the Congo (CG)");
        assertThat(((Countries.Unknown) countries.read("Korea")).message()).contains("South Korea (KR)");
        assertThat(countries.read("")).isInstanceOf(Countries.Unknown.class);
    }
}
