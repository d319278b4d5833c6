# oracle: seed 294, closed, runs cleanly
import torch
import torch.nn as nn
from torch.nn import RNN

y_0 = torch.randn(2, 1, 2)
layers_0 = {
    "l0": RNN(2, 6),
}
for name in ["l0"]:
    y_0, h_0 = layers_0[name](y_0)
