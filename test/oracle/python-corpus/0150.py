# oracle: seed 150, closed, raises RuntimeError at line 23
import torch
import torch.nn as nn
from torch.nn import GRU, LSTM, RNN

y_0 = torch.randn(1, 1, 6)
layers_0 = nn.ModuleList([RNN(6, 3), RNN(3, 4), RNN(4, 2)])
for layer in layers_0:
    y_0, _ = layer(y_0)

rnn_1 = GRU(6, 7, batch_first=True)
x_1 = torch.randn(4, 3, 6)
lengths_1 = [3, 2, 1, 1]
packed_1 = torch.nn.utils.rnn.pack_padded_sequence(x_1, lengths_1, batch_first=True)
packed_out_1, h_1 = rnn_1(packed_1)
out_1, out_lengths_1 = torch.nn.utils.rnn.pad_packed_sequence(packed_out_1, batch_first=True)
last_1 = nn.Linear(7, 2)(h_1[-1])

rnn_2 = LSTM(input_size=2, hidden_size=3)
x_2 = torch.randn(6, 1, 2)
out_2, (h_2, _) = rnn_2(x_2)
fc_2 = nn.Linear(6, 2)
logits_2 = fc_2(h_2[-1])

def build_3():
    class nn:
        @staticmethod
        def GRU(*args, **kwargs):
            return lambda x, h=None: (x, h)
    return nn.GRU(4, 3)

fake_3 = build_3()
y_3, _ = fake_3(torch.randn(2, 3, 9), torch.zeros(9, 9))
