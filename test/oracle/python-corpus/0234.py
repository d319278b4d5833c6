# oracle: seed 234, open, runs cleanly
import random
import torch

cell_0 = torch.nn.GRUCell(input_size=3, hidden_size=3)
h_0 = torch.zeros(3)
t_0 = 0
while t_0 < 1:
    h_0 = cell_0(torch.randn(3), h_0)
    t_0 += 1
z_0 = h_0.unsqueeze(0).flatten()

cell_1 = torch.nn.LSTMCell(7, 6)
xs_1 = torch.randn(2, 4, 7)
h_1 = torch.zeros(4, 6)
c_1 = torch.zeros(4, 6)
outputs_1 = []
for t in range(xs_1.shape[0]):
    h_1, c_1 = cell_1(xs_1[t], (h_1, c_1))
    outputs_1.append(h_1)
seq_1 = torch.stack(outputs_1, dim=0)
head_1 = torch.nn.Linear(6, 2)(h_1)

lstm_2 = torch.nn.LSTM(8, 8)
if random.random() < 0.5:
    out_2, (h_2, c_2) = lstm_2(torch.randn(2, 3, 8))
else:
    out_2, (h_2, c_2) = lstm_2(torch.randn(4, 3, 8))
last_2 = torch.nn.Linear(8, 2)(out_2[-1])

rnn_3 = torch.nn.LSTM(3, 3, batch_first=True)
x_3 = torch.randn(1, 5, 3)
lengths_3 = torch.tensor([5])
packed_3 = torch.nn.utils.rnn.pack_padded_sequence(x_3, lengths_3, batch_first=True)
packed_out_3, (h_3, c_3) = rnn_3(packed_3, (torch.zeros(1, 1, 3), torch.zeros(1, 1, 3)))
out_3, out_lengths_3 = torch.nn.utils.rnn.pad_packed_sequence(packed_out_3, batch_first=True)
last_3 = torch.nn.Linear(3, 2)(h_3[-1])
