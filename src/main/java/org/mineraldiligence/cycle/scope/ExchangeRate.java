package org.mineraldiligence.cycle.scope;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What one unit of a currency is worth in a cycle's reporting currency, as of a date, from a named source. */
@Entity
@Table(name = "cycle_exchange_rate")
public class ExchangeRate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long cycleId;
    private String currency;
    private BigDecimal rate;
    private LocalDate rateDate;
    private String source;
    private String enteredBy;
    private Instant enteredAt;

    protected ExchangeRate() {
    }

    ExchangeRate(long cycleId, String currency) {
        this.cycleId = cycleId;
        this.currency = currency;
    }

    void set(BigDecimal newRate, LocalDate date, String newSource, String who, Instant when) {
        this.rate = newRate;
        this.rateDate = date;
        this.source = newSource;
        this.enteredBy = who;
        this.enteredAt = when;
    }

    public String getCurrency() {
        return currency;
    }

    public BigDecimal getRate() {
        return rate;
    }

    public LocalDate getRateDate() {
        return rateDate;
    }

    public String getSource() {
        return source;
    }

    /** Null for the rates a cycle starts with from the configuration. */
    public String getEnteredBy() {
        return enteredBy;
    }

    public Instant getEnteredAt() {
        return enteredAt;
    }
}
