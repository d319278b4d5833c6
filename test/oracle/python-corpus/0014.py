# oracle: seed 14, open, runs cleanly
import random
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

rnn_2 = torch.nn.GRU(8, 7, 1, True, False, bidirectional=True)
x_2 = torch.rand((4, 1, 8))
out_2, h_2 = rnn_2(x_2)
both_2 = torch.cat((h_2[-2], h_2[-1]), dim=1)
fc_2 = torch.nn.Linear(14, 2)
logits_2 = fc_2(both_2)

lstm_3 = torch.nn.LSTM(3, 7)
if random.random() < 0.5:
    out_3, (h_3, c_3) = lstm_3(torch.randn(2, 3, 3))
else:
    out_3, (h_3, c_3) = lstm_3(torch.randn(4, 3, 3))
last_3 = torch.nn.Linear(7, 2)(out_3[-1])
