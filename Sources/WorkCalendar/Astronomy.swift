import Foundation

/// The astronomy the lunar calendar needs: true new moons (Meeus ch. 49), the Sun's apparent
/// longitude (Meeus ch. 25, higher-accuracy method: VSOP87 + FK5 + nutation + aberration)
/// and ΔT = TT − UT (Espenak–Meeus polynomials). Times are Julian Ephemeris Days (TT) unless
/// a name says UT.
enum Astronomy {
    static let j2000 = 2_451_545.0

    static func radians(_ degrees: Double) -> Double { degrees * .pi / 180 }

    static func normalized(_ degrees: Double) -> Double {
        let r = degrees.truncatingRemainder(dividingBy: 360)
        return r < 0 ? r + 360 : r
    }

    // MARK: ΔT

    /// ΔT in seconds for a decimal year (Espenak & Meeus, *Five Millennium Canon*, 2006).
    /// The 1860–1900 polynomial is also used for earlier years (the calendar needs 1899 only).
    static func deltaT(year y: Double) -> Double {
        switch y {
        case ..<1900:
            let t = y - 1860
            return 7.62 + 0.5737 * t - 0.251754 * t * t + 0.01680668 * pow(t, 3)
                - 0.0004473624 * pow(t, 4) + pow(t, 5) / 233_174
        case ..<1920:
            let t = y - 1900
            return -2.79 + 1.494119 * t - 0.0598939 * t * t + 0.0061966 * pow(t, 3) - 0.000197 * pow(t, 4)
        case ..<1941:
            let t = y - 1920
            return 21.20 + 0.84493 * t - 0.076100 * t * t + 0.0020936 * pow(t, 3)
        case ..<1961:
            let t = y - 1950
            return 29.07 + 0.407 * t - t * t / 233 + pow(t, 3) / 2547
        case ..<1986:
            let t = y - 1975
            return 45.45 + 1.067 * t - t * t / 260 - pow(t, 3) / 718
        case ..<2005:
            let t = y - 2000
            return 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * pow(t, 3)
                + 0.000651814 * pow(t, 4) + 0.00002373599 * pow(t, 5)
        case ..<2050:
            let t = y - 2000
            return 62.92 + 0.32217 * t + 0.005589 * t * t
        case ..<2150:
            let u = (y - 1820) / 100
            return -20 + 32 * u * u - 0.5628 * (2150 - y)
        default:
            let u = (y - 1820) / 100
            return -20 + 32 * u * u
        }
    }

    /// ΔT in days at an (approximate) Julian Day.
    static func deltaTDays(jd: Double) -> Double {
        deltaT(year: 2000 + (jd - j2000) / 365.25) / 86_400
    }

    // MARK: Sun

    /// Apparent geocentric longitude of the Sun in degrees [0, 360), referred to the true
    /// equinox of date (Meeus ch. 25, higher accuracy).
    static func sunApparentLongitude(jde: Double) -> Double {
        let tau = (jde - j2000) / 365_250
        let t = tau * 10
        let earth = VSOP87Earth.heliocentric(tau: tau)
        // Geocentric: Θ = L + 180°.
        let theta = earth.longitude * 180 / .pi + 180
        // Conversion to the FK5 system (Meeus 25.9): ΔΘ = −0″.09033.
        let fk5 = -0.09033 / 3600
        let nutation = Nutation.longitude(t: t) / 3600
        // Annual aberration (Meeus 25.10): −20″.4898 / R.
        let aberration = -20.4898 / (3600 * earth.radius)
        return normalized(theta + fk5 + nutation + aberration)
    }

    /// The JDE near `estimate` at which the Sun's apparent longitude equals `target` degrees.
    static func jdeOfSunLongitude(_ target: Double, near estimate: Double) -> Double {
        var jde = estimate
        for _ in 0..<20 {
            var diff = target - sunApparentLongitude(jde: jde)
            diff -= 360 * (diff / 360).rounded()
            let step = diff * 365.242_19 / 360
            jde += step
            if abs(step) < 1e-8 { break }
        }
        return jde
    }

    /// JDE of the December solstice (apparent longitude 270°) of a Gregorian year.
    static func decemberSolstice(year: Int) -> Double {
        let estimate = Double(LocalDate(year: year, month: 12, day: 21)!.julianDay)
        return jdeOfSunLongitude(270, near: estimate)
    }

    // MARK: Moon

    /// Mean synodic month in days.
    static let synodicMonth = 29.530_588_861

    /// JDE of the true new moon with lunation number `k` (k = 0 is the new moon of
    /// 2000-01-06), Meeus ch. 49 with all periodic terms and the 14 planetary arguments.
    static func newMoon(_ k: Int) -> Double {
        let kk = Double(k)
        let t = kk / 1236.85
        let t2 = t * t, t3 = t2 * t, t4 = t3 * t
        var jde = 2_451_550.09766 + synodicMonth * kk + 0.00015437 * t2 - 0.000000150 * t3
            + 0.00000000073 * t4
        let e = 1 - 0.002516 * t - 0.0000074 * t2
        let m = radians(2.5534 + 29.105_356_70 * kk - 0.0000014 * t2 - 0.00000011 * t3)
        let mp = radians(201.5643 + 385.816_935_28 * kk + 0.0107582 * t2 + 0.00001238 * t3
            - 0.000000058 * t4)
        let f = radians(160.7108 + 390.670_502_84 * kk - 0.0016118 * t2 - 0.00000227 * t3
            + 0.000000011 * t4)
        let om = radians(124.7746 - 1.563_755_88 * kk + 0.0020672 * t2 + 0.00000215 * t3)

        var c = -0.40720 * sin(mp)
        c += 0.17241 * e * sin(m)
        c += 0.01608 * sin(2 * mp)
        c += 0.01039 * sin(2 * f)
        c += 0.00739 * e * sin(mp - m)
        c -= 0.00514 * e * sin(mp + m)
        c += 0.00208 * e * e * sin(2 * m)
        c -= 0.00111 * sin(mp - 2 * f)
        c -= 0.00057 * sin(mp + 2 * f)
        c += 0.00056 * e * sin(2 * mp + m)
        c -= 0.00042 * sin(3 * mp)
        c += 0.00042 * e * sin(m + 2 * f)
        c += 0.00038 * e * sin(m - 2 * f)
        c -= 0.00024 * e * sin(2 * mp - m)
        c -= 0.00017 * sin(om)
        c -= 0.00007 * sin(mp + 2 * m)
        c += 0.00004 * sin(2 * mp - 2 * f)
        c += 0.00004 * sin(3 * m)
        c += 0.00003 * sin(mp + m - 2 * f)
        c += 0.00003 * sin(2 * mp + 2 * f)
        c -= 0.00003 * sin(mp + m + 2 * f)
        c += 0.00003 * sin(mp - m + 2 * f)
        c -= 0.00002 * sin(mp - m - 2 * f)
        c -= 0.00002 * sin(3 * mp + m)
        c += 0.00002 * sin(4 * mp)
        jde += c + planetaryCorrection(k: kk, t2: t2)
        return jde
    }

    /// The 14 additional corrections of Meeus 49 (planetary arguments A1…A14).
    private static func planetaryCorrection(k: Double, t2: Double) -> Double {
        let arguments: [(Double, Double, Double)] = [
            (0.000325, 299.77, 0.107408), (0.000165, 251.88, 0.016321),
            (0.000164, 251.83, 26.651886), (0.000126, 349.42, 36.412478),
            (0.000110, 84.66, 18.206239), (0.000062, 141.74, 53.303771),
            (0.000060, 207.14, 2.453732), (0.000056, 154.84, 7.306860),
            (0.000047, 34.52, 27.261239), (0.000042, 207.19, 0.121824),
            (0.000040, 291.34, 1.844379), (0.000037, 161.72, 24.198154),
            (0.000035, 239.56, 25.513099), (0.000023, 331.55, 3.592518),
        ]
        var sum = 0.0
        for (index, (coefficient, base, rate)) in arguments.enumerated() {
            var angle = base + rate * k
            if index == 0 { angle -= 0.009173 * t2 }
            sum += coefficient * sin(radians(angle))
        }
        return sum
    }

    /// The lunation number whose new moon is nearest to `jde`.
    static func lunation(near jde: Double) -> Int {
        Int(((jde - 2_451_550.09766) / synodicMonth).rounded())
    }

    // MARK: Time scales

    /// Julian Day (UT) of a JDE (TT).
    static func universalTime(jde: Double) -> Double { jde - deltaTDays(jd: jde) }

    /// JDE (TT) of a Julian Day in UT.
    static func ephemerisTime(jd: Double) -> Double { jd + deltaTDays(jd: jd) }
}
