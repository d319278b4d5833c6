# oracle: seed 118, closed, raises RuntimeError at line 8
import torch
import torch.nn as nn

rnn_0 = nn.LSTM(3, 3, 2, batch_first=True, dropout=0.5, proj_size=1)
x_0 = torch.randn(1, 3, 5)
hidden_0 = (torch.randn(2, 3, 1).float(), torch.zeros(2, 3, 3))
out_0, state_0 = rnn_0(x_0, hidden_0)
n_0 = out_0.size(0) * out_0.dim()

def encode_1(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_1 = nn.GRU(input_size=9, hidden_size=2, num_layers=3, batch_first=True, bidirectional=True)
last_1_0 = encode_1(enc_1, torch.randn([1, 4, 9]), h0=torch.zeros(5, 1, 2), batch_first=True)
