# oracle: seed 100, closed, runs cleanly
import torch
from torch import nn

def encode_0(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_0 = nn.RNN(7, 6, bidirectional=True, nonlinearity='relu')
last_0_0 = encode_0(enc_0, torch.ones([1, 2, 7]))
