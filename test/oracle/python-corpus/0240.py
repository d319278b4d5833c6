# oracle: seed 240, closed, raises RuntimeError at line 17
import torch

cell_0 = torch.nn.GRUCell(input_size=3, hidden_size=3)
h_0 = torch.zeros(3)
t_0 = 0
while t_0 < 0:
    h_0 = cell_0(torch.randn(3), h_0)
    t_0 += 1
z_0 = h_0.unsqueeze(0).squeeze(0)

cell_1 = torch.nn.GRUCell(8, 6)
xs_1 = torch.randn(1, 2, 10)
h_1 = torch.zeros(2, 6)
outputs_1 = []
for t in range(xs_1.shape[0]):
    h_1 = cell_1(xs_1[t], h_1)
    outputs_1.append(h_1)
seq_1 = torch.stack(outputs_1)
head_1 = torch.nn.Linear(6, 2)(h_1)

rnn_2 = torch.nn.LSTM(4, 2)
x_2 = torch.randn(3, 3, 4)
lengths_2 = torch.tensor([3, 2, 1])
packed_2 = torch.nn.utils.rnn.pack_padded_sequence(x_2, lengths_2, enforce_sorted=False)
packed_out_2, (h_2, c_2) = rnn_2(packed_2, (torch.zeros(1, 3, 2), torch.zeros(1, 3, 2)))
out_2, out_lengths_2 = torch.nn.utils.rnn.pad_packed_sequence(packed_out_2)

layer_3 = torch.nn.LSTM(4, 3, num_layers=2, dropout=0.2)

lstm_4 = torch.nn.LSTM(3, 5, 2)
out_4, (h_4, c_4) = lstm_4(torch.randn(4, 3, 3))
r_4_0 = len(out_4)
r_4_1 = len(out_4)
r_4_2 = h_4[3]
r_4_3 = out_4.transpose(0, 1).contiguous().view(3, -1)
a_4, b_4 = out_4.chunk(2, dim=0)
