# oracle: seed 111, closed, raises RuntimeError at line 37
import torch.nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

layer_0 = torch.nn.LSTM(input_size=5, hidden_size=8, num_layers=1, dropout=0.25)

lstm_1 = torch.nn.LSTM(3, 2, 1)
out_1, (h_1, c_1) = lstm_1(torch.randn(2, 3, 3))
r_1_0 = out_1.size(-1)
r_1_1 = out_1.transpose(0, 1).reshape(3, -1)

class Model_2(torch.nn.Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super(Model_2, self).__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = torch.nn.GRU(input_size, hidden_size, num_layers, batch_first=False, bidirectional=bidirectional, dropout=0.2 if num_layers > 1 else 0)
        self.fc = torch.nn.Linear(hidden_size * self.num_directions, num_classes)

    def init_hidden(self, batch):
        return torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size)

    def forward(self, x):
        hidden = self.init_hidden(x.shape[1])
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[-1, :, :])

model_2 = Model_2(3, 6, 2, bidirectional=True)
logits_2 = model_2.forward(torch.ones((2, 4, 3))).detach()
probs_2 = logits_2.softmax(dim=-1)

rnn_3 = torch.nn.LSTM(2, 2, batch_first=True)
x_3 = torch.randn(2, 3, 2)
lengths_3 = torch.tensor([3, 2])
packed_3 = pack_padded_sequence(x_3, lengths_3, batch_first=True, enforce_sorted=False)
packed_out_3, (h_3, c_3) = rnn_3(packed_3, (torch.zeros(1, 1, 2), torch.zeros(1, 2, 2)))
out_3, out_lengths_3 = pad_packed_sequence(packed_out_3, batch_first=True)
last_3 = torch.nn.Linear(2, 2)(h_3[-1])
