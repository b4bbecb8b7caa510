from .inner import Made as Made, make as make
