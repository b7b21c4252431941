"""Convergence checks for several MCMC chains: rank-normalised split R-hat and bulk ESS.

Written out (Vehtari et al. 2021, the definitions ArviZ and Stan use) rather than importing ArviZ,
which takes seconds to import; tests compare the two. A warning is raised in the result whenever
R-hat > 1.05 or the effective sample size is below 100 per chain-equivalent total of 400.
"""

from __future__ import annotations

import numpy as np
from scipy.stats import norm, rankdata

from sabt.estimate.result import FloatArray

RHAT_LIMIT = 1.05
ESS_MINIMUM = 400.0


def _split(chains: FloatArray) -> FloatArray:
    half = chains.shape[1] // 2
    return np.concatenate([chains[:, :half], chains[:, chains.shape[1] - half :]], axis=0)


def _rank_normalise(chains: FloatArray) -> FloatArray:
    ranks = rankdata(chains, method="average").reshape(chains.shape)
    return np.asarray(norm.ppf((ranks - 0.375) / (chains.size + 0.25)), dtype=np.float64)


def _rhat(chains: FloatArray) -> float:
    n = chains.shape[1]
    within = chains.var(axis=1, ddof=1).mean()
    between = n * chains.mean(axis=1).var(ddof=1)
    if within == 0:
        return 1.0 if between == 0 else float("inf")
    return float(np.sqrt(((n - 1) / n * within + between / n) / within))


def rhat(chains: FloatArray) -> float:
    """Rank-normalised split R-hat: the larger of the bulk and the folded (tail) versions."""
    split = _split(chains)
    folded = np.abs(split - np.median(split))
    return max(_rhat(_rank_normalise(split)), _rhat(_rank_normalise(folded)))


def ess(chains: FloatArray) -> float:
    """Bulk effective sample size with Geyer's initial monotone sequence over all chains."""
    x = _rank_normalise(_split(chains))
    m, n = x.shape
    centred = x - x.mean(axis=1, keepdims=True)
    size = 1 << int(np.ceil(np.log2(2 * n)))
    spectrum = np.fft.rfft(centred, n=size, axis=1)
    acov = np.fft.irfft(spectrum * np.conj(spectrum), n=size, axis=1)[:, :n] / n
    chain_var = acov[:, 0] * n / (n - 1)
    within = chain_var.mean()
    var_plus = within * (n - 1) / n + x.mean(axis=1).var(ddof=1)
    if var_plus == 0:
        return float(m * n)
    rho = 1.0 - (within - acov.mean(axis=0)) / var_plus
    return float(m * n / _geyer_tau(rho, m * n))


def _geyer_tau(rho: FloatArray, total: int) -> float:
    """Integrated autocorrelation time: initial positive, then monotone, pair sums (as ArviZ)."""
    n = rho.size
    kept = np.zeros(n)
    kept[0], kept[1] = 1.0, rho[1]
    even, odd = 1.0, rho[1]
    t = 1
    while t < n - 3 and even + odd > 0.0:
        even, odd = rho[t + 1], rho[t + 2]
        if even + odd >= 0:
            kept[t + 1], kept[t + 2] = even, odd
        t += 2
    last = t - 2
    if even > 0:
        kept[last + 1] = even
    t = 1
    while t <= last - 2:
        if kept[t + 1] + kept[t + 2] > kept[t - 1] + kept[t]:
            kept[t + 1] = kept[t + 2] = (kept[t - 1] + kept[t]) / 2.0
        t += 2
    tau = -1.0 + 2.0 * kept[: last + 1].sum() + kept[last + 1 : last + 2].sum()
    return float(max(tau, 1.0 / np.log10(total)))


def check(chains: FloatArray) -> dict[str, object]:
    """R-hat, ESS and a warning string when either says the chains cannot be trusted yet."""
    r, e = rhat(chains), ess(chains)
    out: dict[str, object] = {"rhat": round(r, 4), "ess": round(e, 1), "chains": chains.shape[0]}
    problems = []
    if r > RHAT_LIMIT:
        problems.append(f"R-hat {r:.3f} > {RHAT_LIMIT}")
    if e < ESS_MINIMUM:
        problems.append(f"effective sample size {e:.0f} < {ESS_MINIMUM:.0f}")
    if problems:
        out["warning"] = "chains may not have converged: " + "; ".join(problems)
    return out
