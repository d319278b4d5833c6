# oracle: seed 14, closed, runs cleanly
import torch

def encode_0(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_0 = torch.nn.GRU(input_size=5, hidden_size=3, num_layers=2, batch_first=True)
last_0_0 = encode_0(enc_0, torch.randn(2, 2, 5).float(), h0=torch.zeros(2, 2, 3), batch_first=True)

rnn_1 = torch.nn.LSTM(3, 4, batch_first=False, bidirectional=True)
x_1 = torch.randn(3, 3)
hx_1 = (torch.zeros(2, 4), torch.zeros(2, 4))
out_1, _ = rnn_1(x_1, hx_1)
