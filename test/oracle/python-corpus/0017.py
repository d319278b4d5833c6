# oracle: seed 17, closed, raises RuntimeError at line 10
import torch
import torch.nn as nn
from torch.nn import GRU

def encode_0(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_0 = GRU(input_size=8, hidden_size=2)
last_0_0 = encode_0(enc_0, torch.ones([2, 1, 8]))
last_0_1 = encode_0(enc_0, torch.rand((2, 2, 7)), h0=torch.zeros(1, 2, 2))
