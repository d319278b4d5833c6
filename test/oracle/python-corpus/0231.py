# oracle: seed 231, closed, runs cleanly
import torch.nn

def encode_0(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_0 = torch.nn.RNN(5, 5, bidirectional=True)
last_0_0 = encode_0(enc_0, torch.zeros((2, 3, 5)))
