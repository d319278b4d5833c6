# oracle: seed 198, open, raises RuntimeError at line 25
import random
import torch.nn

rnn_0 = torch.nn.RNN(5, 6, batch_first=False, dropout=0.1, bidirectional=True)
x_0 = torch.zeros(5, 4, 5)
out_0, h_0 = rnn_0(x_0)
both_0 = torch.cat((h_0[-2], h_0[-1]), dim=1)
fc_0 = torch.nn.Linear(12, 2)
logits_0 = fc_0(both_0)

lstm_1 = torch.nn.LSTM(2, 8)
if random.random() < 0.5:
    out_1, (h_1, c_1) = lstm_1(torch.randn(2, 3, 2))
else:
    out_1, (h_1, c_1) = lstm_1(torch.randn(4, 3, 2))
last_1 = torch.nn.Linear(8, 2)(out_1[-1])

rnn_2 = torch.nn.LSTM(7, 7)
x_2 = torch.randn(3, 2, 7)
lengths_2 = [3, 2]
packed_2 = torch.nn.utils.rnn.pack_padded_sequence(x_2, lengths_2)
packed_out_2, (h_2, c_2) = rnn_2(packed_2, (torch.zeros(1, 2, 7), torch.zeros(1, 2, 7)))
out_2, out_lengths_2 = torch.nn.utils.rnn.pad_packed_sequence(packed_out_2)
last_2 = torch.nn.Linear(9, 2)(h_2[-1])

rnn_3 = torch.nn.RNN(input_size=5, hidden_size=7, num_layers=3)
x_3 = torch.rand(4, 2, 5)
hidden_3 = torch.zeros(3, 2, 7)
out_3, _ = rnn_3(x_3, hidden_3)
fc_3 = torch.nn.Linear(7, 2)
logits_3 = fc_3(out_3[-1:][-1])

gru_4 = torch.nn.GRU(3, 3)
x_4 = torch.randn(3, 3)
if x_4.dim() == 2:
    x_4 = x_4.unsqueeze(1)
out_4, h_4 = gru_4(x_4)
