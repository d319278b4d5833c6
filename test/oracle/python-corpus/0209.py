# oracle: seed 209, closed, raises RuntimeError at line 9
import torch
import torch.nn as nn

rnn_0 = nn.GRU(2, 3, batch_first=True)
x_0 = torch.randn(1, 5, 2)
lengths_0 = [5]
packed_0 = torch.nn.utils.rnn.pack_padded_sequence(x_0, lengths_0, batch_first=True)
packed_out_0, h_0 = rnn_0(packed_0, torch.zeros(1, 2, 3))
out_0, out_lengths_0 = torch.nn.utils.rnn.pad_packed_sequence(packed_out_0, batch_first=True)
last_0 = nn.Linear(3, 2)(h_0[-1])

cell_1 = nn.LSTMCell(4, 3)
xs_1 = torch.randn(3, 1, 4)
h_1 = torch.zeros(1, 3)
c_1 = torch.zeros(1, 3)
outputs_1 = []
for t in range(xs_1.shape[0]):
    if t == 1:
        break
    h_1, c_1 = cell_1(xs_1[t], (h_1, c_1))
    outputs_1.append(h_1)
seq_1 = torch.stack(outputs_1)

rnn_2 = nn.LSTM(9, 9, 1, True, False)
x_2 = torch.randn(5, 9)
hx_2 = (torch.zeros(1, 9), torch.zeros(1, 9))
out_2, _ = rnn_2(x_2, hx_2)
y_2 = out_2[-1].view(9)

def build_3():
    class nn:
        @staticmethod
        def GRU(*args, **kwargs):
            return lambda x, h=None: (x, h)
    return nn.GRU(7, 3)

fake_3 = build_3()
y_3, _ = fake_3(torch.randn(2, 3, 12), torch.zeros(9, 9))

kind_4 = "LSTM"
rnn_4 = getattr(nn, kind_4)(6, 4)
out_4 = rnn_4(torch.randn(4, 2, 6))[0]
