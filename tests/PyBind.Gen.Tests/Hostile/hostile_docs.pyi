# pybind-stub: 1
# module: hostile_docs
# module-version: 1.0
# interpreter: CPython 3.11.2 linux x86_64
# sources: hand-written
# content-hash: sha256:00
"""
Module docs that try to leave the comment: */ public static int INJECTED_M1() => 0; /*
</summary></member></members></doc> public class INJECTED_M2 { }
#pragma warning disable
#error INJECTED_M3
]]> <![CDATA[ INJECTED_M4 ]]>
\"\"\" class INJECTED_M5 { } \"\"\"
"""

import enum
import typing

GREETING: str = '*/ INJECTED_C1 </summary> ]]> "\n#pragma warning disable'
LIMIT: int = 10

def escape(
    text: str = '</param> INJECTED_D1 */ "" \\',
    mode: typing.Literal['"; class INJECTED_L1 { } //', '</summary>', 'a\nb'] = '</summary>',
) -> str:
    """
    Escapes text. */ class INJECTED_F1 { } /* </summary> <summary> INJECTED_F2
    #region INJECTED_F3
    #endregion
    #if INJECTED_F4
    #endif
    // INJECTED_F5 \x00 nul \x07 bell \x1b[31m escape \u2028 line separator \u2029 paragraph \x85 next line
    } } } public class INJECTED_F6 { void M() { /* @" {{ }} ''' \"\"\" `backtick` &amp; &lt; & < > <!-- --> <br> <see cref="INJECTED_F7"/>

    Parameters
    ----------
    text : str
        The text. </param><param name="INJECTED_P1">hijacked</param><param name="text">
    mode : {'"; class INJECTED_L1 { } //', '</summary>'}
        The mode ]]> INJECTED_P2 </exception>

    Returns
    -------
    str
        Escaped. </returns></member> INJECTED_R1

    Raises
    ------
    ValueError</exception> INJECTED_X1
        When */ INJECTED_X2.

    Examples
    --------
    >>> escape('</code></example> INJECTED_E1 ]]>')
    '*/ INJECTED_E2'
    >>> print(\"\"\"#pragma warning restore INJECTED_E3\"\"\")
    """
    ...

def long_line(x: int) -> int:
    """AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA */ INJECTED_LL1"""
    ...

class Colour(enum.Enum):
    """Colours. */ INJECTED_K1 </summary>"""
    RED = '"; class INJECTED_V1 { } //'
    GREEN = '</summary> */ INJECTED_V2'

class Flags(enum.IntFlag):
    """#pragma warning disable INJECTED_K2"""
    A = 1
    B = 2

class Widget:
    """
    A widget. </summary> INJECTED_W1

    Attributes
    ----------
    size : int
        The size */ INJECTED_W2.
    """
    size: int
    def __init__(self, size: int = 3) -> None:
        """Creates. ]]> INJECTED_W3"""
        ...
    @property
    def name(self) -> str:
        """The name. </value></summary> INJECTED_W4"""
        ...
    def run(self, *args: int, **kwargs: str) -> None:
        """
        Runs.

        Parameters
        ----------
        *args : int
            Args </param> INJECTED_W5.
        **kwargs : str
            Keywords */ INJECTED_W6.
        """
        ...

class Oops(ValueError):
    """Raised when #pragma warning disable
    #error INJECTED_O1
    """
    code: int
