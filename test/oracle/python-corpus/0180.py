# oracle: seed 180, open, raises RuntimeError at line 18
import random
import torch.nn

def encode_0(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_0 = torch.nn.RNN(6, 6, 2, True, False)
last_0_0 = encode_0(enc_0, torch.rand((1, 3, 6)))
last_0_1 = encode_0(enc_0, torch.rand(4, 1, 6), h0=torch.zeros(2, 1, 6))

lstm_1 = torch.nn.LSTM(3, 4)
if random.random() < 0.5:
    out_1, (h_1, c_1) = lstm_1(torch.randn(2, 3, 4))
else:
    out_1, (h_1, c_1) = lstm_1(torch.randn(4, 3, 3))
last_1 = torch.nn.Linear(4, 2)(out_1[-1])
