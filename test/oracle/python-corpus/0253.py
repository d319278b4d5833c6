# oracle: seed 253, closed, runs cleanly
import torch

def encode_0(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_0 = torch.nn.GRU(3, 5, 1, True, True)
last_0_0 = encode_0(enc_0, torch.zeros(1, 4, 3), h0=torch.zeros((1, 1, 5)), batch_first=True)
last_0_1 = encode_0(enc_0, torch.rand([2, 3, 3]), batch_first=True)

y_1 = torch.randn(2, 1, 7)
layers_1 = torch.nn.ModuleList([torch.nn.RNN(7, 3), torch.nn.RNN(3, 7), torch.nn.RNN(7, 2)])
for layer in layers_1:
    y_1, _ = layer(y_1)
