# oracle: seed 279, closed, runs cleanly
import torch

kind_0 = "GRU"
rnn_0 = getattr(torch.nn, kind_0)(4, 2)
out_0 = rnn_0(torch.randn(4, 2, 4))[0]

def encode_1(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_1 = torch.nn.GRU(5, 2, 2, batch_first=False)
last_1_0 = encode_1(enc_1, torch.zeros(4, 3, 5))
