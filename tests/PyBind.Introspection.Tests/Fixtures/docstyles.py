"""Unannotated functions whose docstrings state their types, in numpydoc and Google styles."""



def damped(alpha=0.85, max_iter=100, tol=None, method="power", weights=None, label=None):
    """Damped iteration (numpydoc).

    Parameters
    ----------
    alpha : float, optional
        Damping factor.
    max_iter : integer, default=100
        Iterations at most.
    tol : float or None, default=None
        Tolerance; None picks one.
    method : {'power', 'direct'}, default='power'
        How to iterate.
    weights : list of float, optional
        One per node.
    label: str
        Written without a space before the colon.

    Returns
    -------
    score : float
        The damped score.
    """
    return alpha


def vague(data, shape_data, func, obj, number, sparse, estimator, choice, array):
    """Nothing here is certain (numpydoc).

    Parameters
    ----------
    data : array-like
    shape_data : array-like of shape (n_samples, n_features)
    func : callable
    obj : object
    number : int or float
    sparse : {array-like, sparse matrix} of shape (n, m)
    estimator : estimator instance
    choice : {'auto', 'svd'} or callable
    array : ndarray of shape (n, m)
        An array, which the function takes as any array-like.

    Returns
    -------
    self : object
        Fitted estimator.
    """
    return data


def summary(values, axis=0):
    """A statistic along an axis (its array result for 2-d input is not the float it documents).

    Parameters
    ----------
    values : array_like
    axis : int, optional

    Returns
    -------
    statistic : float
    """
    return sum(values)


def test_pair(a, b):
    """Two results are a tuple.

    Parameters
    ----------
    a, b : float
        The samples.

    Returns
    -------
    statistic : float
        The test statistic.
    pvalue : float
        The p-value.
    """
    return a, b


def solve(a, b, verbose=False):
    """Some results are not always there.

    Parameters
    ----------
    a : float
    b : float
    verbose : bool

    Returns
    -------
    x : float
    info : int
        Only returned if verbose is True.
    """
    return a / b


def annotated(count: str, scale):
    """An annotation wins over the docstring.

    Parameters
    ----------
    count : int
    scale : float

    Returns
    -------
    int
        How many.
    """
    return 1


def google(name, repeat=1, sep=None, mode="fast"):
    """Joins a name with itself (Google style).

    Args:
        name (str): What to repeat.
        repeat (int): How often.
        sep (str, optional): Between repetitions; None is a space.
        mode (int or str): Vague.

    Returns:
        str: The joined text.
    """
    return (sep or " ").join([name] * repeat)


def google_prose(flag):
    """Returns prose, not a type.

    Args:
        flag (bool): Whether to.

    Returns:
        The answer, whichever it is: see above.
    """
    return flag


class Model:
    """A model documented in its class docstring (scikit-learn's way).

    Parameters
    ----------
    fit_intercept : bool, default=True
        Whether to fit an intercept.
    n_jobs : int, default=None
        Workers.
    """

    def __init__(self, fit_intercept=True, n_jobs=None):
        self.fit_intercept = fit_intercept
        self.n_jobs = n_jobs

    def score(self, X, y):
        """The coefficient of determination.

        Parameters
        ----------
        X : array-like of shape (n_samples, n_features)
        y : array-like of shape (n_samples,)

        Returns
        -------
        score : float
        """
        return 1.0

    def fit(self, X):
        """Fits.

        Parameters
        ----------
        X : Model
            Another model of this module.

        Returns
        -------
        self : Model
            A class is not taken as a result: a subclass's instance may come back.
        """
        return self
