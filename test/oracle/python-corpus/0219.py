# oracle: seed 219, closed, raises RuntimeError at line 36
import torch
import torch.nn.functional as F

cell_0 = torch.nn.RNNCell(input_size=2, hidden_size=3, nonlinearity='relu')
h_0 = torch.zeros(2, 3)
t_0 = 0
while t_0 < 0:
    h_0 = cell_0(torch.randn(2, 2), h_0)
    t_0 += 1

config_1 = {"input_size": 2, "hidden_size": 2, "num_layers": 2}
rnn_1 = torch.nn.GRU(**config_1)
out_1, h_1 = rnn_1(torch.randn(3, 2, config_1["input_size"]))

lstm_2 = torch.nn.LSTM(3, 6, 1)
out_2, (h_2, c_2) = lstm_2(torch.randn(3, 4, 3))
r_2_0 = len(out_2)
r_2_1 = torch.cat((out_2, out_2[:, :, :1]), dim=-1)
r_2_2 = out_2.contiguous().view(3, 4, 6)

def encode_3(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_3 = torch.nn.RNN(5, 6, 1, True, True, bidirectional=True)
last_3_0 = encode_3(enc_3, torch.ones((2, 4, 5)), batch_first=True)
last_3_1 = encode_3(enc_3, torch.rand((3, 2, 5)), batch_first=True)

rnn_4 = torch.nn.LSTM(5, 8, batch_first=True, bidirectional=True)
x_4 = torch.zeros(5, 3, 10)
hidden_4 = (torch.randn(2, 3, 8), torch.zeros(2, 3, 8))
out_4, (h_4, c_4) = rnn_4(x_4, hidden_4)
fc_4 = torch.nn.Linear(16, 3)
logits_4 = fc_4(out_4[:, -1, :])
probs_4 = F.softmax(logits_4, dim=-1)
