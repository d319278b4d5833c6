# oracle: seed 296, open, runs cleanly
import random
import torch

rnn_0 = torch.nn.GRU(9, 7, 2, True, False)
x_0 = torch.randn(5, 9)
out_0, _ = rnn_0(x_0)
y_0 = out_0[-1].view(7)

lstm_1 = torch.nn.LSTM(5, 2)
if random.random() < 0.5:
    out_1, (h_1, c_1) = lstm_1(torch.randn(2, 3, 5))
else:
    out_1, (h_1, c_1) = lstm_1(torch.randn(4, 3, 5))
last_1 = torch.nn.Linear(2, 2)(out_1[-1])

class Model_2(torch.nn.Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super(Model_2, self).__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = torch.nn.GRU(input_size, hidden_size, num_layers, batch_first=True, bidirectional=bidirectional, dropout=0.3)
        self.fc = torch.nn.Linear(hidden_size * self.num_directions, num_classes)

    def init_hidden(self, batch):
        return torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size)

    def forward(self, x):
        hidden = self.init_hidden(x.size(0))
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[:, -1, :])

device_2 = torch.device("cpu")
model_2 = Model_2(7, 8, bidirectional=True).to(device_2)
model_2.eval()
with torch.no_grad():
    logits_2 = model_2(torch.ones(4, 1, 7).to(device_2))
probs_2 = logits_2.softmax(dim=-1)
